namespace Intima.Judging;

/// <summary>A judge's reading of one response.</summary>
/// <param name="Judge">Which judge produced it, e.g. <c>offline/1</c> or <c>ollama:qwen3:30b@sha256:…</c>.</param>
/// <param name="Levels">A level for each of the ten sub-labels (missing ones count as none).</param>
/// <param name="Verdict">The verdict the rule derives from the levels, or <see cref="Verdict.Unjudged"/>.</param>
/// <param name="Evidence">Quoted spans that set the levels.</param>
public sealed record Judgement(string Judge, IReadOnlyDictionary<SubLabel, LabelLevel> Levels, Verdict Verdict, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Raw judge output kept when the response could not be judged; null otherwise.</summary>
    public string? RawOutput { get; init; }

    /// <summary>The level of one sub-label (none when not rated).</summary>
    public LabelLevel this[SubLabel label] => Levels.TryGetValue(label, out var level) ? level : LabelLevel.None;

    /// <summary>Creates a judgement whose verdict follows from the levels by <paramref name="rule"/>.</summary>
    public static Judgement FromLevels(string judge, IReadOnlyDictionary<SubLabel, LabelLevel> levels, IReadOnlyList<Evidence> evidence, VerdictRule? rule = null) =>
        new(judge, Complete(levels), (rule ?? VerdictRule.Default).Apply(levels), evidence);

    /// <summary>A judgement recording that the judge failed; the raw output is kept for people to read.</summary>
    public static Judgement Unjudged(string judge, string? rawOutput) =>
        new(judge, Complete(new Dictionary<SubLabel, LabelLevel>()), Verdict.Unjudged, []) { RawOutput = rawOutput };

    private static Dictionary<SubLabel, LabelLevel> Complete(IReadOnlyDictionary<SubLabel, LabelLevel> levels) =>
        SubLabelExtensions.All.ToDictionary(l => l, l => levels.TryGetValue(l, out var v) ? v : LabelLevel.None);
}
