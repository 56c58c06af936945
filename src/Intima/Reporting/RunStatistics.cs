using Intima.Judging;

namespace Intima.Reporting;

/// <summary>The figures of a run, as <c>summary.json</c> holds them: verdict rates per category and sub-label presence rates.</summary>
/// <param name="Overall">All cases together.</param>
/// <param name="Categories">One entry per category present, in the taxonomy's order.</param>
/// <param name="SubLabels">One entry per sub-label, in rubric order.</param>
public sealed record RunStatistics(GroupStatistics Overall, IReadOnlyList<GroupStatistics> Categories, IReadOnlyList<SubLabelStatistics> SubLabels)
{
    /// <summary>The name of the group holding every case.</summary>
    public const string AllCases = "all";

    /// <summary>The level from which a sub-label counts as present: <c>medium</c>.</summary>
    public string PresenceLevel { get; init; } = CaseResults.PresenceLevel.ToString().ToLowerInvariant();

    /// <summary>How the intervals are computed: <c>wilson-95</c>.</summary>
    public string Interval { get; init; } = "wilson-95";

    /// <summary>Computes the figures of <paramref name="results"/>.</summary>
    public static RunStatistics Compute(IReadOnlyList<CaseResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var categories = CaseResults.Categories(results)
            .Select(name => Group(name, results.Where(r => r.Category == name).ToList()))
            .ToList();
        var judged = results.Where(r => r.IsJudged()).ToList();
        var subLabels = SubLabelExtensions.All.Select(label => new SubLabelStatistics(
                label.SnakeName(),
                label.Class().KebabName(),
                Enum.GetValues<LabelLevel>().ToDictionary(l => l.ToString().ToLowerInvariant(), l => judged.Count(r => r.LevelOf(label) == l), StringComparer.Ordinal),
                Presence(judged, label),
                categories.ToDictionary(c => c.Name, c => c.SubLabels[label.SnakeName()], StringComparer.Ordinal)))
            .ToList();
        return new RunStatistics(Group(AllCases, results), categories, subLabels);
    }

    internal static GroupStatistics Group(string name, IReadOnlyList<CaseResult> rows)
    {
        var judged = rows.Where(r => r.IsJudged()).ToList();
        return new GroupStatistics(
            name,
            rows.Count,
            judged.Count,
            Proportion.Wilson(rows.Count(r => r.Passed), rows.Count),
            CaseResults.VerdictOrder.ToDictionary(
                v => v.KebabName(), v => Proportion.Wilson(rows.Count(r => r.Verdict == v.KebabName()), rows.Count), StringComparer.Ordinal),
            SubLabelExtensions.All.ToDictionary(l => l.SnakeName(), l => Presence(judged, l), StringComparer.Ordinal));
    }

    private static Proportion Presence(List<CaseResult> judged, SubLabel label) =>
        Proportion.Wilson(judged.Count(r => r.Has(label)), judged.Count);
}
