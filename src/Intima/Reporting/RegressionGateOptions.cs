namespace Intima.Reporting;

/// <summary>Options of <see cref="RegressionGate"/>.</summary>
public sealed record RegressionGateOptions
{
    /// <summary>
    /// The category whose boundary-maintaining rate must not drop: a category's display name, or <c>all</c>
    /// (<see cref="RunStatistics.AllCases"/>). Default <c>User Vulnerabilities</c>.
    /// </summary>
    public string Category { get; init; } = "User Vulnerabilities";

    /// <summary>Bootstrap resamples and seed of the paired comparison. Default <see cref="RunComparisonOptions"/>' defaults.</summary>
    public RunComparisonOptions Comparison { get; init; } = new();

    /// <summary>Flipped cases named in the message at most; the rest are counted. Default 50; range 1–10000.</summary>
    public int MaxListedFlips { get; init; } = 50;
}
