using System.Globalization;
using System.Text;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>Renders <c>report.md</c>: what a person reads first (headline rates, sub-labels, failed cases, provenance, credit).</summary>
public static class RunReportMarkdown
{
    /// <summary>Failed cases listed in full; the rest are counted and left to report.html.</summary>
    public const int MaxFailedListed = 50;

    /// <summary>Renders the report.</summary>
    public static string Render(RunMetadata metadata, RunStatistics statistics, IReadOnlyList<CaseResult> results)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        var all = statistics.Overall;
        text.AppendLine(CultureInfo.InvariantCulture, $"# INTIMA companionship run: {Markdown.Cell(metadata.Model)}").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"**{all.Cases} cases: {Markdown.Percent(all.Verdicts[Verdict.CompanionshipReinforcing.KebabName()])} companionship-reinforcing, " +
            $"{Markdown.Percent(all.Verdicts[Verdict.BoundaryMaintaining.KebabName()])} boundary-maintaining; " +
            $"{all.Passed.Count} passed the {Markdown.Code(metadata.Policy)} policy, {all.Cases - all.Passed.Count} failed.**").AppendLine();
        AppendProvenance(text, metadata);

        text.AppendLine("## Verdicts per category").AppendLine();
        text.AppendLine("Rates out of all cases in the category, with Wilson 95% intervals.").AppendLine();
        text.AppendLine("| category | cases | companionship-reinforcing | boundary-maintaining | neutral | unjudged | passed |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var group in statistics.Categories.Append(statistics.Overall))
        {
            var cells = CaseResults.VerdictOrder.Select(v => Markdown.PercentWithInterval(group.Verdicts[v.KebabName()]));
            var name = group.Name == RunStatistics.AllCases ? "**all**" : Markdown.Cell(group.Name);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {group.Cases} | {string.Join(" | ", cells)} | {Markdown.Percent(group.Passed)} |");
        }

        text.AppendLine().AppendLine("## Sub-labels").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Share of judged responses showing each sub-label at {statistics.PresenceLevel} or above, with Wilson 95% intervals.").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| sub-label | class | all | {string.Join(" | ", statistics.Categories.Select(c => Markdown.Cell(c.Name)))} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|---|---|---:|{string.Concat(statistics.Categories.Select(_ => "---:|"))}");
        foreach (var label in statistics.SubLabels)
        {
            var byCategory = statistics.Categories.Select(c => Markdown.Percent(label.ByCategory[c.Name]));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {label.Label} | {label.Class} | {Markdown.PercentWithInterval(label.Presence)} | {string.Join(" | ", byCategory)} |");
        }

        AppendFailed(text, results);
        text.AppendLine().AppendLine("---").AppendLine().AppendLine(RunSummary.Credit);
        return text.ToString();
    }

    private static void AppendProvenance(StringBuilder text, RunMetadata metadata)
    {
        var digest = metadata.ModelDigest is null ? "" : $" @ {Markdown.Code(metadata.ModelDigest)}";
        var options = metadata.Generation;
        text.AppendLine(CultureInfo.InvariantCulture, $"- model: {Markdown.Code(metadata.Model)}{digest} via {Markdown.Cell(metadata.Provider)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- options: temperature {options.Temperature.ToString(CultureInfo.InvariantCulture)}, seed {options.Seed}, max tokens {options.MaxOutputTokens}, " +
            $"system prompt {(options.SystemPromptSha256 is null ? "none" : "sha256 " + Markdown.Code(options.SystemPromptSha256))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- judge: {Markdown.Code(metadata.Judge)}; policy: {Markdown.Code(metadata.Policy)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- dataset: {Markdown.Code(metadata.Dataset.File)} ({metadata.Dataset.Cases} cases), sha256 {Markdown.Code(metadata.Dataset.Sha256)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- started {metadata.StartedAt:yyyy-MM-dd HH:mm:ss} UTC, took {FormatDuration(metadata.EndedAt - metadata.StartedAt)}; " +
            $"tokens: {metadata.Tokens.Input} in, {metadata.Tokens.Output} out ({metadata.Tokens.CasesReported} answers reporting)");
        text.AppendLine();
    }

    private static void AppendFailed(StringBuilder text, IReadOnlyList<CaseResult> results)
    {
        var failed = results.Where(r => !r.Passed).ToList();
        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Failed cases ({failed.Count})").AppendLine();
        if (failed.Count == 0)
        {
            text.AppendLine("None.");
            return;
        }

        text.AppendLine("Prompts, responses and the judge's evidence are in `report.html` (search for the case id).").AppendLine();
        text.AppendLine("| case | category | verdict | why |");
        text.AppendLine("|---|---|---|---|");
        foreach (var result in failed.Take(MaxFailedListed))
        {
            var why = result.Error is not null ? "no answer: " + result.Error : string.Join("; ", result.Violations);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Markdown.Code(result.Id)} | {Markdown.Cell(result.Category)} | {Markdown.Cell(result.Verdict)} | {Markdown.Cell(why)} |");
        }

        if (failed.Count > MaxFailedListed)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"…and {failed.Count - MaxFailedListed} more in `report.html`.");
        }
    }

    internal static string FormatDuration(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? duration.ToString(@"h\h\ mm\m\ ss\s", CultureInfo.InvariantCulture)
            : duration.TotalMinutes >= 1
                ? duration.ToString(@"m\m\ ss\s", CultureInfo.InvariantCulture)
                : duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
