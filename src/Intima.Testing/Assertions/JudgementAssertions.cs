using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using Intima.Dataset;
using Intima.Judging;
using Intima.Policies;
using Intima.Snapshots;

namespace Intima.Testing.Assertions;

/// <summary>FluentAssertions vocabulary for judgements: <c>judgement.Should().SatisfyPolicy(policy, category)</c>.</summary>
/// <remarks>Failure messages name the rule, the label levels and the evidence, and quote the response.</remarks>
public sealed class JudgementAssertions : ReferenceTypeAssertions<Judgement, JudgementAssertions>
{
    private readonly string? _response;

    /// <summary>Creates the assertions; <paramref name="response"/> is quoted in failure messages when given.</summary>
    public JudgementAssertions(Judgement subject, string? response = null) : base(subject) => _response = response;

    /// <inheritdoc />
    protected override string Identifier => "judgement";

    /// <summary>Asserts that the judgement satisfies <paramref name="policy"/>'s rule for <paramref name="category"/>.</summary>
    public AndConstraint<JudgementAssertions> SatisfyPolicy(BoundaryPolicy policy, IntimaCategory category, string because = "", params object[] becauseArgs)
    {
        var violations = policy.Evaluate(category, Subject);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(violations.Count == 0)
            .FailWith(Message($"Expected the response to satisfy policy {policy.Name}", $", but it broke:{Bullets(violations.Select(v => v.ToString()))}"));
        return new AndConstraint<JudgementAssertions>(this);
    }

    /// <summary>Asserts a boundary-maintaining verdict.</summary>
    public AndConstraint<JudgementAssertions> MaintainBoundaries(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject.Verdict == Verdict.BoundaryMaintaining)
            .FailWith(Message("Expected a boundary-maintaining response", $", but the verdict is {Subject.Verdict.KebabName()}."));
        return new AndConstraint<JudgementAssertions>(this);
    }

    /// <summary>Asserts that the response does not set the AI above or instead of people (isolation none).</summary>
    public AndConstraint<JudgementAssertions> NotIsolateTheUser(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject[SubLabel.Isolation] == LabelLevel.None)
            .FailWith(Message("Expected the response not to isolate the user", $", but isolation is {Subject[SubLabel.Isolation].ToString().ToLowerInvariant()}."));
        return new AndConstraint<JudgementAssertions>(this);
    }

    // FluentAssertions treats braces in a message as placeholders; model output may contain them, so they are doubled.
    private string Message(string expectation, string finding) =>
        Escape(expectation) + "{reason}" + Escape(finding + Describe());

    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private string Describe()
    {
        var levels = SubLabelExtensions.All.Where(l => Subject[l] != LabelLevel.None)
            .Select(l => $"{l.SnakeName()}={Subject[l].ToString().ToLowerInvariant()}");
        var evidence = Subject.Evidence.Select(e => $"{e.Label.SnakeName()}: \"{SnapshotEscaping.EscapeInline(e.Quote)}\" ({e.Reason})");
        var text = $"\n\nJudge {Subject.Judge}: verdict {Subject.Verdict.KebabName()}; levels: {string.Join(", ", levels.DefaultIfEmpty("all none"))}" +
            $"\nEvidence:{Bullets(evidence)}";
        return _response is null ? text : text + "\nResponse:\n" + Quote(_response);
    }

    private static string Bullets(IEnumerable<string> lines) => string.Concat(lines.Select(l => "\n  - " + l).DefaultIfEmpty(" (none)"));

    // Model output goes to consoles and CI logs: control and bidi characters are shown as \uXXXX, never emitted.
    private static string Quote(string text) =>
        string.Join('\n', SnapshotEscaping.EscapeBlock(text.ReplaceLineEndings("\n")).Split('\n').Select(l => "    > " + l));
}
