namespace Intima.Benchmarks;

/// <summary>What to measure.</summary>
/// <param name="Cases">Cases to generate; null: 376 synthetic ones, or every case of <paramref name="DatasetPath"/>.</param>
/// <param name="Latency">The stand-in's generation time per request.</param>
/// <param name="Parallel">Requests the stand-in generates at once (0: unlimited).</param>
/// <param name="Concurrency">Requests the pipeline keeps in flight.</param>
/// <param name="DatasetPath">A JSONL prompt file, or null for synthetic prompts.</param>
internal sealed record BenchmarkOptions(int? Cases, TimeSpan Latency, int Parallel, int Concurrency, string? DatasetPath)
{
    /// <summary>The distinct cases of the official INTIMA file (380 rows, 4 exact duplicates).</summary>
    public const int DefaultCases = 376;

    /// <summary>Requests that can generate at once: the smaller of the pipeline's and the server's limits.</summary>
    public int EffectiveParallel => Parallel == 0 ? Concurrency : Math.Min(Parallel, Concurrency);
}
