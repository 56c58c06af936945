namespace Intima.Reporting;

/// <summary>Options of <see cref="RunComparison.Compare(LoadedRun, LoadedRun, RunComparisonOptions?)"/>.</summary>
public sealed record RunComparisonOptions
{
    /// <summary>Bootstrap resamples per group. Default 2000; range 100–100000.</summary>
    public int Resamples { get; init; } = 2000;

    /// <summary>Seed of the resampling, so the same runs always give the same intervals. Default 20250813.</summary>
    public int Seed { get; init; } = 20250813;
}
