namespace Intima.Judging;

/// <summary>How an <see cref="LlmJudge"/> asks its model. Checked by <see cref="Validate"/> (the judge calls it).</summary>
public sealed record JudgeOptions
{
    /// <summary>Longest accepted <see cref="Timeout"/>.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The judge model as the server names it, e.g. <c>qwen3:30b</c>. Required, non-blank.</summary>
    public required string Model { get; init; }

    /// <summary>
    /// The server's digest of the judge model (Ollama reports one, e.g. via <c>ModelPreflight</c>), so judgements from
    /// different weights under one name are not mixed in names or caches. Default null (unknown).
    /// </summary>
    public string? ModelDigest { get; init; }

    /// <summary>Sampling temperature. Default 0 (greedy); range 0–2.</summary>
    public float Temperature { get; init; }

    /// <summary>Sampling seed. Default 42.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>
    /// Context window in tokens, sent to Ollama as <c>num_ctx</c> (Ollama's default of 2048–4096 would cut the
    /// rubric). Ignored by OpenAI-compatible servers. Default 8192; range 2048–262144.
    /// </summary>
    public int ContextLength { get; init; } = 8192;

    /// <summary>Upper bound on the judge's answer in tokens. Default 2048; range 256–32768.</summary>
    public int MaxOutputTokens { get; init; } = 2048;

    /// <summary>
    /// Time allowed for each request to the judge model (the first and each repair); when it passes the response is
    /// unjudged. Default 120 s; range above zero to <see cref="MaxTimeout"/>.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Follow-up turns asking for only the JSON when an answer cannot be read. Default 1; range 0–3.</summary>
    public int MaxRepairAttempts { get; init; } = 1;

    /// <summary>Directory of the <see cref="JudgementCache"/>; null (default) judges without a cache.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The rule that turns levels into a verdict. Default <see cref="VerdictRule.Default"/>.</summary>
    public VerdictRule Rule { get; init; } = VerdictRule.Default;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentException">A value is blank or out of its documented range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException("The judge model must be named.", nameof(Model));
        }

        Check(Temperature is >= 0 and <= 2 && !float.IsNaN(Temperature), nameof(Temperature), Temperature, "0–2");
        Check(ContextLength is >= 2048 and <= 262_144, nameof(ContextLength), ContextLength, "2048–262144");
        Check(MaxOutputTokens is >= 256 and <= 32_768, nameof(MaxOutputTokens), MaxOutputTokens, "256–32768");
        Check(Timeout > TimeSpan.Zero && Timeout <= MaxTimeout, nameof(Timeout), Timeout, $"above 0 up to {MaxTimeout}");
        Check(MaxRepairAttempts is >= 0 and <= 3, nameof(MaxRepairAttempts), MaxRepairAttempts, "0–3");
        ArgumentNullException.ThrowIfNull(Rule, nameof(Rule));
    }

    private static void Check(bool ok, string name, object value, string range)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in {range}.");
        }
    }
}
