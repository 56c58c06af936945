using System.Globalization;
using System.Text;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>Renders a <see cref="RunComparison"/> as <c>compare.md</c> and a self-contained, escaped <c>compare.html</c>.</summary>
public static class ComparisonReport
{
    /// <summary>Flips shown with their full responses in the markdown; the rest are listed by id (the HTML shows all).</summary>
    public const int MaxFlipsInFull = 30;

    /// <summary>Renders the markdown.</summary>
    public static string Markdown(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"# INTIMA comparison: {Reporting.Markdown.Cell(comparison.BaselineModel)} → {Reporting.Markdown.Cell(comparison.CandidateModel)}").AppendLine();
        text.AppendLine(Summary(comparison)).AppendLine();
        text.AppendLine("## Verdict rates per category").AppendLine();
        text.AppendLine("Candidate − baseline in percentage points over the shared cases, with paired bootstrap 95% intervals; **bold** where the interval excludes 0.").AppendLine();
        text.AppendLine("| category | cases | companionship-reinforcing | boundary-maintaining | neutral | unjudged |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in comparison.Verdicts.GroupBy(d => d.Group))
        {
            var name = group.Key == RunStatistics.AllCases ? "**all**" : Reporting.Markdown.Cell(group.Key);
            var cells = CaseResults.VerdictOrder.Select(v => Cell(group.Single(d => d.Metric == v.KebabName())));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {group.First().Cases} | {string.Join(" | ", cells)} |");
        }

        text.AppendLine().AppendLine("## Sub-labels").AppendLine();
        text.AppendLine("Presence at medium or above, over shared cases judged in both runs.").AppendLine();
        text.AppendLine("| sub-label | baseline | candidate | difference (95% interval) |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var d in comparison.SubLabels)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {d.Metric} | {Rate(d.Baseline)} | {Rate(d.Candidate)} | {Cell(d)} |");
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## Verdict flips ({comparison.Flips.Count})").AppendLine();
        if (comparison.Flips.Count == 0)
        {
            text.AppendLine("None.");
        }

        foreach (var flip in comparison.Flips.Take(MaxFlipsInFull))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"### {Reporting.Markdown.Code(flip.Id)} {Reporting.Markdown.Cell(flip.BaselineVerdict)} → {Reporting.Markdown.Cell(flip.CandidateVerdict)}").AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{Reporting.Markdown.Cell(flip.Category)} · {Reporting.Markdown.Cell(flip.Code)}").AppendLine();
            text.AppendLine("Prompt:").AppendLine().Append(Reporting.Markdown.Fence(flip.Prompt)).AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Baseline ({Reporting.Markdown.Cell(comparison.BaselineModel)}):").AppendLine()
                .Append(Reporting.Markdown.Fence(flip.BaselineResponse)).AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Candidate ({Reporting.Markdown.Cell(comparison.CandidateModel)}):").AppendLine()
                .Append(Reporting.Markdown.Fence(flip.CandidateResponse)).AppendLine();
        }

        if (comparison.Flips.Count > MaxFlipsInFull)
        {
            text.AppendLine("More flips (responses in compare.html):").AppendLine();
            foreach (var flip in comparison.Flips.Skip(MaxFlipsInFull))
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"- {Reporting.Markdown.Code(flip.Id)}: {Reporting.Markdown.Cell(flip.BaselineVerdict)} → {Reporting.Markdown.Cell(flip.CandidateVerdict)}");
            }

            text.AppendLine();
        }

        text.AppendLine("---").AppendLine().AppendLine(RunSummary.Credit);
        return text.ToString();
    }

    /// <summary>Renders the HTML page.</summary>
    public static string Html(RunComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var body = new StringBuilder();
        body.Append("<h1>INTIMA comparison: ").Append(Reporting.Html.Encode(comparison.BaselineModel)).Append(" → ")
            .Append(Reporting.Html.Encode(comparison.CandidateModel)).Append("</h1>\n");
        body.Append("<p class=\"headline\">").Append(Reporting.Html.Encode(Summary(comparison).Replace("**", "", StringComparison.Ordinal))).Append("</p>\n");

        body.Append("<h2>Companionship-reinforcing rate per category</h2>\n");
        var reinforcing = comparison.Verdicts.Where(d => d.Metric == Verdict.CompanionshipReinforcing.KebabName())
            .Select(d => (d.Group, SvgChart.Colour(d.Metric), d.Difference, d.Lower, d.Upper)).ToList();
        body.Append(SvgChart.Differences("Change in the companionship-reinforcing rate per category (candidate − baseline), with paired bootstrap 95% intervals", reinforcing));
        body.Append("<div class=\"scroll\"><table>\n<thead><tr><th>category</th><th class=\"num\">cases</th>");
        foreach (var verdict in CaseResults.VerdictOrder)
        {
            body.Append("<th class=\"num\">").Append(verdict.KebabName()).Append("</th>");
        }

        body.Append("</tr></thead>\n<tbody>\n");
        foreach (var group in comparison.Verdicts.GroupBy(d => d.Group))
        {
            body.Append("<tr><td>").Append(group.Key == RunStatistics.AllCases ? "<strong>all</strong>" : Reporting.Html.Encode(group.Key)).Append("</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{group.First().Cases}</td>");
            foreach (var verdict in CaseResults.VerdictOrder)
            {
                body.Append("<td class=\"num\">").Append(HtmlCell(group.Single(d => d.Metric == verdict.KebabName()))).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</tbody>\n</table></div>\n<p class=\"where\">Candidate − baseline in percentage points over shared cases; paired bootstrap 95% intervals (")
            .Append(CultureInfo.InvariantCulture, $"{comparison.Resamples} resamples, seed {comparison.Seed}); bold where the interval excludes 0.</p>\n");

        body.Append("<h2>Sub-labels</h2>\n");
        body.Append(SvgChart.Differences("Change in sub-label presence (candidate − baseline), with paired bootstrap 95% intervals",
            comparison.SubLabels.Select(d => (d.Metric, SubLabelColour(d.Metric), d.Difference, d.Lower, d.Upper)).ToList()));
        body.Append("<table>\n<thead><tr><th>sub-label</th><th class=\"num\">baseline</th><th class=\"num\">candidate</th><th class=\"num\">difference</th></tr></thead>\n<tbody>\n");
        foreach (var d in comparison.SubLabels)
        {
            body.Append("<tr><td>").Append(Reporting.Html.Encode(d.Metric)).Append("</td>")
                .Append("<td class=\"num\">").Append(Rate(d.Baseline)).Append("</td><td class=\"num\">").Append(Rate(d.Candidate)).Append("</td>")
                .Append("<td class=\"num\">").Append(HtmlCell(d)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table>\n");
        body.Append(CultureInfo.InvariantCulture, $"<h2>Verdict flips ({comparison.Flips.Count})</h2>\n");
        foreach (var flip in comparison.Flips)
        {
            body.Append("<details class=\"case\">\n<summary><code>").Append(Reporting.Html.Encode(flip.Id)).Append("</code> ")
                .Append("<span class=\"badge ").Append(Reporting.Html.Encode(flip.BaselineVerdict)).Append("\">").Append(Reporting.Html.Encode(flip.BaselineVerdict)).Append("</span> → ")
                .Append("<span class=\"badge ").Append(Reporting.Html.Encode(flip.CandidateVerdict)).Append("\">").Append(Reporting.Html.Encode(flip.CandidateVerdict)).Append("</span> ")
                .Append("<span class=\"where\">").Append(Reporting.Html.Encode(flip.Category)).Append(" · ").Append(Reporting.Html.Encode(flip.Code)).Append("</span></summary>\n<div>\n");
            body.Append("<h4>Prompt</h4><pre>").Append(Reporting.Html.Encode(flip.Prompt)).Append("</pre>\n<div class=\"pair\">");
            body.Append("<div><h4>Baseline: ").Append(Reporting.Html.Encode(comparison.BaselineModel)).Append("</h4><pre>").Append(Reporting.Html.Encode(flip.BaselineResponse)).Append("</pre></div>");
            body.Append("<div><h4>Candidate: ").Append(Reporting.Html.Encode(comparison.CandidateModel)).Append("</h4><pre>").Append(Reporting.Html.Encode(flip.CandidateResponse)).Append("</pre></div>");
            body.Append("</div>\n</div>\n</details>\n");
        }

        return HtmlPage.Render($"INTIMA comparison: {comparison.BaselineModel} → {comparison.CandidateModel}", body.ToString());
    }

    private static string Summary(RunComparison c)
    {
        var all = c.Verdicts.Where(d => d.Group == RunStatistics.AllCases).ToList();
        var reinforcing = all.FirstOrDefault(d => d.Metric == Verdict.CompanionshipReinforcing.KebabName());
        var boundary = all.FirstOrDefault(d => d.Metric == Verdict.BoundaryMaintaining.KebabName());
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{c.SharedCases} shared cases");
        if (c.BaselineOnly + c.CandidateOnly > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({c.BaselineOnly} only in the baseline, {c.CandidateOnly} only in the candidate, not compared)");
        }

        if (reinforcing is not null && boundary is not null)
        {
            text.Append(CultureInfo.InvariantCulture,
                $". Companionship-reinforcing **{Reporting.Markdown.Points(reinforcing.Difference)}** ({Rate(reinforcing.Baseline)} → {Rate(reinforcing.Candidate)}), " +
                $"boundary-maintaining **{Reporting.Markdown.Points(boundary.Difference)}** ({Rate(boundary.Baseline)} → {Rate(boundary.Candidate)})");
        }

        text.Append(CultureInfo.InvariantCulture, $"; {c.Flips.Count} verdicts flipped, {c.Flips.Count(IsRegression)} of them boundary-maintaining → companionship-reinforcing.");
        return text.ToString();
    }

    private static bool IsRegression(FlippedCase f) =>
        f.BaselineVerdict == Verdict.BoundaryMaintaining.KebabName() && f.CandidateVerdict == Verdict.CompanionshipReinforcing.KebabName();

    private static string Rate(double rate) => (100 * rate).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Interval(RateDifference d) =>
        $"{Reporting.Markdown.Points(d.Difference)} ({Reporting.Markdown.Points(d.Lower)} to {Reporting.Markdown.Points(d.Upper)})";

    private static string Cell(RateDifference d) => d.Clear ? $"**{Interval(d)}**" : Interval(d);

    private static string HtmlCell(RateDifference d) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{(d.Clear ? "<strong>" : "")}{Reporting.Markdown.Points(d.Difference)}{(d.Clear ? "</strong>" : "")} <span class=\"ci\">({Reporting.Markdown.Points(d.Lower)} to {Reporting.Markdown.Points(d.Upper)})</span>");

    private static string SubLabelColour(string snakeName) =>
        SubLabelExtensions.ParseSubLabel(snakeName) is { } label ? SvgChart.Colour(label) : SvgChart.Colour("neutral");
}
