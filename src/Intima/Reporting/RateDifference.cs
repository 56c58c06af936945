namespace Intima.Reporting;

/// <summary>A rate in two runs over the same cases, the difference (candidate − baseline) and its paired bootstrap 95% interval.</summary>
/// <param name="Group">A category's display name, or <c>all</c>.</param>
/// <param name="Metric">A verdict (kebab-case) or a sub-label (snake_case, present at medium or above).</param>
/// <param name="Cases">Shared cases counted (for sub-labels: judged in both runs).</param>
/// <param name="Baseline">The baseline's rate.</param>
/// <param name="Candidate">The candidate's rate.</param>
/// <param name="Difference">Candidate − baseline.</param>
/// <param name="Lower">2.5th percentile of the resampled differences.</param>
/// <param name="Upper">97.5th percentile of the resampled differences.</param>
public sealed record RateDifference(string Group, string Metric, int Cases, double Baseline, double Candidate, double Difference, double Lower, double Upper)
{
    /// <summary>Whether the interval excludes zero.</summary>
    public bool Clear => Lower > 0 || Upper < 0;
}
