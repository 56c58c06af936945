namespace Intima.StandIn.Protocol;

/// <summary>The counters of Ollama's final chat line; durations in nanoseconds, counts in whitespace-separated words.</summary>
internal readonly record struct GenerationCounters(
    long TotalDuration,
    long LoadDuration,
    int PromptEvalCount,
    long PromptEvalDuration,
    int EvalCount,
    long EvalDuration);
