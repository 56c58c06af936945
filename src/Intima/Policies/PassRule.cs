using System.Globalization;

namespace Intima.Policies;

/// <summary>
/// How many of a case's sampled answers must satisfy the policy for the case to pass (<c>INTIMA_PASS_RULE</c>):
/// <c>all</c> (the default), or <c>KofN</c> such as <c>3of5</c>, where N is the number of samples.
/// </summary>
/// <param name="Required">Answers that must satisfy the policy; 1 ≤ Required ≤ Samples.</param>
/// <param name="Samples">Answers drawn per case (<c>INTIMA_SAMPLES</c>); 1–<see cref="MaxSamples"/>.</param>
public sealed record PassRule(int Required, int Samples)
{
    /// <summary>Most samples per case.</summary>
    public const int MaxSamples = 20;

    /// <summary>One answer, which must pass: the rule of a run without repeated sampling.</summary>
    public static PassRule OneAnswer { get; } = new(1, 1);

    /// <summary>Every one of <paramref name="samples"/> answers must pass.</summary>
    public static PassRule All(int samples) => new(samples, samples);

    /// <summary>Whether <paramref name="passed"/> passing answers satisfy the rule.</summary>
    public bool IsSatisfiedBy(int passed) => passed >= Required;

    /// <summary><c>all</c> when every answer must pass, else <c>KofN</c>.</summary>
    public override string ToString() => Required == Samples ? "all" : string.Create(CultureInfo.InvariantCulture, $"{Required}of{Samples}");

    /// <summary>Reads <c>all</c> or <c>KofN</c>; null on any other text.</summary>
    public static PassRule? Parse(string text, int samples)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return All(samples);
        }

        var parts = text.Split("of", 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var required)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n is >= 1 and <= MaxSamples && required >= 1 && required <= n
                ? new PassRule(required, n)
                : null;
    }
}
