namespace Intima.Reporting;

/// <summary>A count out of a total, its rate and a Wilson score 95% interval for the rate.</summary>
/// <param name="Count">Cases that have the property.</param>
/// <param name="Total">Cases counted. When 0 the rate is 0 and the interval is the uninformative [0, 1].</param>
/// <param name="Rate">Count / Total, in [0, 1].</param>
/// <param name="Lower">Lower end of the interval, in [0, 1].</param>
/// <param name="Upper">Upper end of the interval, in [0, 1].</param>
public sealed record Proportion(int Count, int Total, double Rate, double Lower, double Upper)
{
    /// <summary>The normal quantile for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// Wilson score interval: unlike the normal approximation it stays inside [0, 1] and behaves at 0 and n
    /// successes, which small categories and rare sub-labels hit often.
    /// </summary>
    /// <param name="count">Successes; 0 ≤ count ≤ total.</param>
    /// <param name="total">Trials; ≥ 0.</param>
    /// <param name="z">Normal quantile; default <see cref="Z95"/>.</param>
    public static Proportion Wilson(int count, int total, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, total);
        if (total == 0)
        {
            return new Proportion(0, 0, 0, 0, 1);
        }

        double n = total;
        var p = count / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        // Exact ends at 0 and n successes, where rounding would otherwise leave 1e-17 slivers.
        var lower = count == 0 ? 0 : Math.Max(0, centre - half);
        var upper = count == total ? 1 : Math.Min(1, centre + half);
        return new Proportion(count, total, p, lower, upper);
    }
}
