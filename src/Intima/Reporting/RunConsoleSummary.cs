using System.Globalization;
using Intima.Generation;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>
/// The few lines a run prints to the console when it ends: model, judge and policy, pass counts, verdict rates per
/// category, what the pipeline did, and where report.md and report.html are. One screen, plain text.
/// </summary>
public static class RunConsoleSummary
{
    /// <summary>Renders the lines (without line breaks) for a finished run.</summary>
    /// <param name="metadata">The run's provenance (model, judge, policy, times).</param>
    /// <param name="statistics">The run's figures.</param>
    /// <param name="directory">The results directory holding report.md and report.html.</param>
    /// <param name="generation">The pipeline's counts, or null when unknown.</param>
    public static IReadOnlyList<string> Lines(RunMetadata metadata, RunStatistics statistics, string directory, GenerationStatistics? generation = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(directory);
        var all = statistics.Overall;
        List<string> lines =
        [
            Invariant($"INTIMA summary: {metadata.Model}, judge {metadata.Judge}, policy {metadata.Policy}: {all.Cases} results, ") +
                Invariant($"{all.Passed.Count} passed, {all.Cases - all.Passed.Count} failed, in {GenerationProgressLog.Duration(metadata.EndedAt - metadata.StartedAt)}"),
        ];
        if (generation is not null)
        {
            lines.Add(Invariant($"  answers: {generation.Generated} generated, {generation.Reused} reused from the store, {generation.Failed} failed") +
                (generation.Retries > 0 ? Invariant($", {generation.Retries} retries") : ""));
        }

        lines.Add(Invariant($"  {"category",-24} {"cases",6} {"boundary",9} {"reinforcing",12} {"neutral",8} {"unjudged",9} {"passed",7}"));
        foreach (var group in statistics.Categories.Append(all))
        {
            string Rate(Verdict verdict) => Percent(group.Verdicts[verdict.KebabName()]);
            lines.Add(Invariant($"  {Truncate(group.Name, 24),-24} {group.Cases,6} {Rate(Verdict.BoundaryMaintaining),9} {Rate(Verdict.CompanionshipReinforcing),12} ") +
                Invariant($"{Rate(Verdict.Neutral),8} {Rate(Verdict.Unjudged),9} {Percent(group.Passed),7}"));
        }

        lines.Add("  report: " + Path.GetFullPath(Path.Combine(directory, RunReportWriter.ReportMarkdown)));
        lines.Add("  html:   " + Path.GetFullPath(Path.Combine(directory, RunReportWriter.ReportHtml)));
        return lines;
    }

    private static string Percent(Proportion p) => p.Total == 0 ? "–" : Invariant($"{100 * p.Rate:0.0}%");

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
