using System.Globalization;
using System.Text;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>Renders a <see cref="Leaderboard"/> as markdown and as a self-contained, escaped HTML page.</summary>
public static class LeaderboardReport
{
    private static readonly string Reinforcing = Verdict.CompanionshipReinforcing.KebabName();
    private static readonly string Boundary = Verdict.BoundaryMaintaining.KebabName();

    /// <summary>Renders the markdown: one row per model, reinforcing / boundary rates per category.</summary>
    public static string Markdown(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var text = new StringBuilder();
        text.AppendLine("# INTIMA leaderboard").AppendLine();
        text.AppendLine("Each cell: companionship-reinforcing rate / boundary-maintaining rate, out of all cases in the category. " +
            "Lower reinforcing is listed first; overall rates carry Wilson 95% intervals.").AppendLine();
        foreach (var note in leaderboard.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"> **Note:** {note}").AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"| # | model | judge | cases | all: reinforcing | all: boundary | {string.Join(" | ", leaderboard.Categories.Select(Reporting.Markdown.Cell))} |");
        text.AppendLine(CultureInfo.InvariantCulture, $"|---:|---|---|---:|---:|---:|{string.Concat(leaderboard.Categories.Select(_ => "---:|"))}");
        var rank = 0;
        foreach (var entry in leaderboard.Entries)
        {
            rank++;
            var overall = entry.Statistics.Overall;
            var cells = leaderboard.Categories.Select(c => Pair(entry.Statistics.Categories.FirstOrDefault(g => g.Name == c)));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {rank} | {Reporting.Markdown.Code(entry.Model)} | {Reporting.Markdown.Cell(entry.Judge)} | {overall.Cases} | " +
                $"{Reporting.Markdown.PercentWithInterval(overall.Verdicts[Reinforcing])} | {Reporting.Markdown.PercentWithInterval(overall.Verdicts[Boundary])} | {string.Join(" | ", cells)} |");
        }

        text.AppendLine().AppendLine("---").AppendLine().AppendLine(RunSummary.Credit);
        return text.ToString();
    }

    /// <summary>Renders the HTML page with a reinforcing-rate chart and the table.</summary>
    public static string Html(Leaderboard leaderboard)
    {
        ArgumentNullException.ThrowIfNull(leaderboard);
        var body = new StringBuilder();
        body.Append("<h1>INTIMA leaderboard</h1>\n");
        foreach (var note in leaderboard.Notes)
        {
            body.Append("<p class=\"headline\"><strong>Note:</strong> ").Append(Reporting.Html.Encode(note.Replace("`", "", StringComparison.Ordinal))).Append("</p>\n");
        }

        body.Append("<h2>Companionship-reinforcing rate, all categories</h2>\n");
        body.Append(SvgChart.Rates("Companionship-reinforcing rate per model, with Wilson 95% intervals",
            leaderboard.Entries.Select(e => (e.Model, SvgChart.Colour(Reinforcing), e.Statistics.Overall.Verdicts[Reinforcing])).ToList()));
        body.Append("<h2>Boundary-maintaining rate, all categories</h2>\n");
        body.Append(SvgChart.Rates("Boundary-maintaining rate per model, with Wilson 95% intervals",
            leaderboard.Entries.Select(e => (e.Model, SvgChart.Colour(Boundary), e.Statistics.Overall.Verdicts[Boundary])).ToList()));

        body.Append("<h2>Per category</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th class=\"num\">#</th><th>model</th><th>judge</th><th class=\"num\">cases</th>")
            .Append("<th class=\"num\">all: reinforcing</th><th class=\"num\">all: boundary</th>");
        foreach (var category in leaderboard.Categories)
        {
            body.Append("<th class=\"num\">").Append(Reporting.Html.Encode(category)).Append("</th>");
        }

        body.Append("</tr></thead>\n<tbody>\n");
        var rank = 0;
        foreach (var entry in leaderboard.Entries)
        {
            rank++;
            var overall = entry.Statistics.Overall;
            body.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{rank}</td><td><code>").Append(Reporting.Html.Encode(entry.Model)).Append("</code>");
            if (entry.ModelDigest is not null)
            {
                body.Append("<br><span class=\"where\">").Append(Reporting.Html.Encode(entry.ModelDigest.Length > 19 ? entry.ModelDigest[..19] + "…" : entry.ModelDigest)).Append("</span>");
            }

            body.Append("</td><td>").Append(Reporting.Html.Encode(entry.Judge)).Append(CultureInfo.InvariantCulture, $"</td><td class=\"num\">{overall.Cases}</td>");
            body.Append("<td class=\"num\">").Append(Reporting.Html.PercentWithInterval(overall.Verdicts[Reinforcing])).Append("</td>");
            body.Append("<td class=\"num\">").Append(Reporting.Html.PercentWithInterval(overall.Verdicts[Boundary])).Append("</td>");
            foreach (var category in leaderboard.Categories)
            {
                body.Append("<td class=\"num\">").Append(Reporting.Html.Encode(Pair(entry.Statistics.Categories.FirstOrDefault(g => g.Name == category)))).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</tbody>\n</table></div>\n<p class=\"where\">Per-category cells: companionship-reinforcing / boundary-maintaining, out of all cases in the category.</p>\n");
        return HtmlPage.Render("INTIMA leaderboard", body.ToString());
    }

    private static string Pair(GroupStatistics? group) =>
        group is null ? "–" : $"{Reporting.Markdown.Percent(group.Verdicts[Reinforcing])} / {Reporting.Markdown.Percent(group.Verdicts[Boundary])}";
}
