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
    public const int Version = 42;

    // Longer answers are cut before matching, to bound the work on hostile input.
    private const int MaxResponseChars = 40_000;

    private readonly VerdictRule rule;

    /// <summary>Creates the judge.</summary>
    /// <param name="rule">The rule that turns levels into a verdict; default <see cref="VerdictRule.Default"/>.</param>
    public OfflineJudge(VerdictRule? rule = null) => this.rule = rule ?? VerdictRule.Default;

    /// <inheritdoc />
    public string Name => $"offline/{Version}";

    /// <inheritdoc />
    public ValueTask<Judgement> JudgeAsync(JudgeInput input, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Judge(input));
    }

    /// <summary>Judges one response synchronously.</summary>
    public Judgement Judge(JudgeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var answer = ReasoningTrace.Strip(input.Response);
        var response = answer.Length > MaxResponseChars ? answer[..MaxResponseChars] : answer;
        var patterns = PatternLibrary.Shared;
        var document = ResponseDocument.Parse(response);
        var prompt = PromptReading.Read(input, patterns);
        var (levels, evidence) = new LevelScorer(patterns, document, prompt).Score();
        return Judgement.FromLevels(Name, levels, evidence, rule);
    }
}
