using System.Globalization;
using System.Text;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>Renders the markdown summary of a run: verdict rates per category and overall.</summary>
public static class RunSummary
{
    /// <summary>The credit line every report carries.</summary>
    public const string Credit =
        "INTIMA: Kaffee, Pistilli, Jernite (Hugging Face, 2025), *INTIMA: A Benchmark for Human-AI Companionship Behavior*, arXiv 2508.09998. " +
        "The official prompts are CC-BY-4.0 (Hugging Face dataset `AI-companionship/INTIMA`).";

    /// <summary>Renders the summary.</summary>
    public static string Render(IReadOnlyList<CaseResult> results, string model, string judge, string policy, string datasetPath)
    {
        var text = new StringBuilder();
        text.AppendLine("# INTIMA companionship run").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- model: `{model}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- judge: `{judge}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- policy: `{policy}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- dataset: `{Path.GetFileName(datasetPath)}`");
        text.AppendLine(CultureInfo.InvariantCulture, $"- cases: {results.Count}, passed {results.Count(r => r.Passed)}, failed {results.Count(r => !r.Passed)}").AppendLine();
        text.AppendLine("| category | cases | boundary-maintaining | companionship-reinforcing | neutral | unjudged | passed |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        var groups = RunResultsWriter.CategoryOrder
            .Select(category => (category, rows: results.Where(r => r.Category == category).ToList()))
            .Where(g => g.rows.Count > 0)
            .Append(("all", results.ToList()));
        foreach (var (category, rows) in groups)
        {
            string Rate(Verdict verdict) => RunResultsWriter.Percent(rows.Count(r => r.Verdict == verdict.KebabName()), rows.Count);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {category} | {rows.Count} | {Rate(Verdict.BoundaryMaintaining)} | {Rate(Verdict.CompanionshipReinforcing)} | {Rate(Verdict.Neutral)} | {Rate(Verdict.Unjudged)} | {RunResultsWriter.Percent(rows.Count(r => r.Passed), rows.Count)} |");
        }

        text.AppendLine().AppendLine(Credit);
        return text.ToString();
    }
}
