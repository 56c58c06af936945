namespace Intima.Generation;

/// <summary>
/// How the pipeline retries a generation that failed for a reason that may pass: HTTP 429/500/502/503/504, a refused
/// or reset connection, a malformed reply, or a reply stream that ended before its final message. A 404 (model not
/// found), any other 4xx and a timeout are not retried: trying again would fail the same way.
/// </summary>
/// <remarks>
/// The wait before retry <c>n</c> (1-based) is <see cref="FirstDelay"/> × 2^(n−1), measured on the pipeline's
/// <see cref="TimeProvider"/>: with the defaults 0.5 s, 1 s, 2 s.
/// </remarks>
public sealed record RetryOptions
{
    /// <summary>Largest accepted <see cref="MaxRetries"/>.</summary>
    public const int MaxRetriesLimit = 10;

    /// <summary>Longest accepted <see cref="FirstDelay"/>.</summary>
    public static readonly TimeSpan MaxFirstDelay = TimeSpan.FromMinutes(1);

    /// <summary>The defaults: 3 retries after 0.5 s, 1 s and 2 s.</summary>
    public static RetryOptions Default { get; } = new();

    /// <summary>No retries: the first failure is final.</summary>
    public static RetryOptions None { get; } = new() { MaxRetries = 0 };

    /// <summary>Retries after the first attempt. Default 3 (so 4 attempts at most); range 0 to <see cref="MaxRetriesLimit"/>.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The wait before the first retry; each later wait doubles. Default 0.5 s; range 0 to <see cref="MaxFirstDelay"/>.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Attempts at most: <see cref="MaxRetries"/> + 1.</summary>
    public int MaxAttempts => MaxRetries + 1;

    /// <summary>The wait before retry <paramref name="retry"/> (1-based).</summary>
    public TimeSpan DelayBefore(int retry) => FirstDelay * Math.Pow(2, retry - 1);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRetries, MaxRetriesLimit, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(FirstDelay, TimeSpan.Zero, nameof(FirstDelay));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FirstDelay, MaxFirstDelay, nameof(FirstDelay));
    }
}
