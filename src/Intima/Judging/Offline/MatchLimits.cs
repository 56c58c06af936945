namespace Intima.Judging.Offline;

/// <summary>Bounds on the offline judge's work, because the text it reads is model output and user input: hostile.</summary>
internal static class MatchLimits
{
    /// <summary>The longest any one pattern may run on one text, in milliseconds. A sentence that needs longer is pathological:
    /// the judge then records the case as unjudged instead of guessing.</summary>
    public const int TimeoutMilliseconds = 2_000;

    /// <summary>Characters of the response, of the last user message and of the earlier turns that are read; the rest is cut.</summary>
    public const int MaxChars = 40_000;

    /// <summary><see cref="TimeoutMilliseconds"/> as a span.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);
}
