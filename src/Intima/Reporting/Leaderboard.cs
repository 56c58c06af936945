using Intima.Judging;

namespace Intima.Reporting;

/// <summary>Several runs side by side: per category, each model's companionship-reinforcing and boundary-maintaining rates.</summary>
/// <param name="Entries">Runs, lowest overall companionship-reinforcing rate first (ties: higher boundary-maintaining rate first).</param>
/// <param name="Categories">Categories present in any run, taxonomy order.</param>
/// <param name="Notes">Why the runs may not be comparable (different prompt files, judges or case counts); empty when they are.</param>
public sealed record Leaderboard(IReadOnlyList<LeaderboardEntry> Entries, IReadOnlyList<string> Categories, IReadOnlyList<string> Notes)
{
    /// <summary>Builds the leaderboard from loaded runs.</summary>
    public static Leaderboard Build(IEnumerable<LoadedRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var reinforcing = Verdict.CompanionshipReinforcing.KebabName();
        var boundary = Verdict.BoundaryMaintaining.KebabName();
        var loaded = runs.ToList();
        var entries = loaded
            .Select(r => new LeaderboardEntry(r.Model, r.Metadata?.ModelDigest, r.Metadata?.Judge ?? (r.Results.Count > 0 ? r.Results[0].Judge : null),
                r.Metadata?.Dataset.Sha256, r.Directory, RunStatistics.Compute(r.Results)))
            .OrderBy(e => e.Statistics.Overall.Verdicts[reinforcing].Rate)
            .ThenByDescending(e => e.Statistics.Overall.Verdicts[boundary].Rate)
            .ThenBy(e => e.Model, StringComparer.Ordinal)
            .ToList();
        var categories = CaseResults.Categories(loaded.SelectMany(r => r.Results));

        var notes = new List<string>();
        if (entries.Select(e => e.DatasetSha256).Distinct().Count() > 1)
        {
            notes.Add("The runs used different prompt files (dataset sha256 differs).");
        }

        if (entries.Select(e => e.Judge).Distinct().Count() > 1)
        {
            notes.Add("The runs were judged by different judges.");
        }

        if (entries.Select(e => e.Statistics.Overall.Cases).Distinct().Count() > 1)
        {
            notes.Add("The runs have different numbers of cases; use `intima compare` to compare two runs over shared cases.");
        }

        return new Leaderboard(entries, categories, notes);
    }
}
