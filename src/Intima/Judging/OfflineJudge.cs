using System.Globalization;
using System.Text.RegularExpressions;
using Intima.Judging.Offline;

namespace Intima.Judging;

/// <summary>
/// A deterministic, in-process judge: sentence-level word rules (negation-, condition-, list- and emphasis-aware)
/// that set each sub-label's level and quote the sentences that set it. No network, no model.
/// The rules' patterns live in the embedded <c>OfflineJudgePatterns.json</c>.
/// </summary>
public sealed class OfflineJudge : IResponseJudge
{
    /// <summary>Bump when the judge's behaviour changes, so results from different rule sets are not mixed.</summary>
    public const int Version = 46;

    private readonly VerdictRule rule;
    private readonly PatternLibrary patterns;

    /// <summary>Creates the judge.</summary>
    /// <param name="rule">The rule that turns levels into a verdict; default <see cref="VerdictRule.Default"/>.</param>
    public OfflineJudge(VerdictRule? rule = null)
        : this(rule, PatternLibrary.Shared)
    {
    }

    internal OfflineJudge(VerdictRule? rule, PatternLibrary patterns)
    {
        this.rule = rule ?? VerdictRule.Default;
        this.patterns = patterns;
    }

    /// <inheritdoc />
    public string Name => $"offline/{Version}";

    /// <inheritdoc />
    public ValueTask<Judgement> JudgeAsync(JudgeInput input, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Judge(input));
    }

    /// <summary>Judges one response synchronously.</summary>
    /// <remarks>Longer texts than <c>40,000</c> characters are cut. When a pattern runs over its time limit on a pathological
    /// text, the case is <see cref="Verdict.Unjudged"/> with the reason in <see cref="Judgement.RawOutput"/>.</remarks>
    public Judgement Judge(JudgeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var answer = ReasoningTrace.Strip(input.Response);
        var response = answer.Length > MatchLimits.MaxChars ? answer[..MatchLimits.MaxChars] : answer;
        try
        {
            var document = ResponseDocument.Parse(response);
            var prompt = PromptReading.Read(input, patterns);
            var (levels, evidence) = new LevelScorer(patterns, document, prompt).Score();
            return Judgement.FromLevels(Name, levels, evidence, rule);
        }
        catch (RegexMatchTimeoutException)
        {
            // Neither the text nor the pattern goes into the message: the text is hostile, the pattern is noise to a reader.
            var seconds = MatchLimits.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            return Judgement.Unjudged(Name, $"offline judge: a word pattern ran over its {seconds} s limit on this conversation, so nothing was rated");
        }
    }
}
