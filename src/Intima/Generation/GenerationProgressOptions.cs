namespace Intima.Generation;

/// <summary>How often <see cref="GenerationProgressLog"/> writes a line: only when both limits have passed since the last one.</summary>
public sealed record GenerationProgressOptions
{
    /// <summary>Least time between two lines. Default 10 s; range 0 to 1 hour.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Least answers finished between two lines; 0 (default) means 5% of the answers scheduled (at least 1), so a run
    /// writes about 20 lines at most however long it is. Range 0–1000000.
    /// </summary>
    public int EveryAnswers { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinInterval, TimeSpan.Zero, nameof(MinInterval));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinInterval, TimeSpan.FromHours(1), nameof(MinInterval));
        ArgumentOutOfRangeException.ThrowIfNegative(EveryAnswers, nameof(EveryAnswers));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(EveryAnswers, 1_000_000, nameof(EveryAnswers));
    }
}
