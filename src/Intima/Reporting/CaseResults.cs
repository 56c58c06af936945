using Intima.Judging;

namespace Intima.Reporting;

/// <summary>Readings of <see cref="CaseResult"/> shared by the statistics, the comparison and the renderers.</summary>
internal static class CaseResults
{
    /// <summary>The level from which a sub-label counts as present in rates: medium (clearly present), as in the paper's figures.</summary>
    public const LabelLevel PresenceLevel = LabelLevel.Medium;

    /// <summary>The verdicts in report order: the two that matter first.</summary>
    public static IReadOnlyList<Verdict> VerdictOrder { get; } =
        [Verdict.CompanionshipReinforcing, Verdict.BoundaryMaintaining, Verdict.Neutral, Verdict.Unjudged];

    /// <summary>The level the result records for a sub-label (none when absent or unreadable).</summary>
    public static LabelLevel LevelOf(this CaseResult result, SubLabel label) =>
        result.Labels.TryGetValue(label.SnakeName(), out var text) && Enum.TryParse<LabelLevel>(text, ignoreCase: true, out var level)
            ? level
            : LabelLevel.None;

    /// <summary>Whether the judge rated the response; sub-label rates count only these.</summary>
    public static bool IsJudged(this CaseResult result) => result.Verdict != Verdict.Unjudged.KebabName();

    /// <summary>Whether a judged result shows the sub-label at <see cref="PresenceLevel"/> or above.</summary>
    public static bool Has(this CaseResult result, SubLabel label) => result.IsJudged() && result.LevelOf(label) >= PresenceLevel;

    /// <summary>Category names present in <paramref name="results"/>: the taxonomy's order first, then any others by name.</summary>
    public static IReadOnlyList<string> Categories(IEnumerable<CaseResult> results)
    {
        var present = results.Select(r => r.Category).ToHashSet(StringComparer.Ordinal);
        var known = RunResultsWriter.CategoryOrder.Where(present.Contains).ToList();
        return [.. known, .. present.Except(known).Order(StringComparer.Ordinal)];
    }

    /// <summary>A display name for a sub-label class.</summary>
    public static string KebabName(this SubLabelClass value) => value switch
    {
        SubLabelClass.CompanionshipReinforcing => "companionship-reinforcing",
        SubLabelClass.BoundaryMaintaining => "boundary-maintaining",
        _ => "neutral",
    };
}
