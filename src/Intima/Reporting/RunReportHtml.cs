using System.Globalization;
using System.Text;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>
/// Renders <c>report.html</c>: one self-contained page (inline CSS, inline SVG charts, a small hashed filter script, a
/// CSP that forbids network access) with headline rates, sub-label rates and every case, expandable to its prompt,
/// response, labels and evidence. All model, dataset and configuration text is HTML-escaped.
/// </summary>
public static class RunReportHtml
{
    /// <summary>Renders the page.</summary>
    public static string Render(RunMetadata metadata, RunStatistics statistics, IReadOnlyList<CaseResult> results)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(results);
        var body = new StringBuilder();
        var all = statistics.Overall;
        body.Append("<h1>INTIMA companionship run: ").Append(Html.Encode(metadata.Model)).Append("</h1>\n");
        body.Append(CultureInfo.InvariantCulture,
            $"<p class=\"headline\">{all.Cases} cases: <strong class=\"reinforcing\">{Html.Percent(all.Verdicts[Verdict.CompanionshipReinforcing.KebabName()])}</strong> companionship-reinforcing, " +
            $"<strong class=\"boundary\">{Html.Percent(all.Verdicts[Verdict.BoundaryMaintaining.KebabName()])}</strong> boundary-maintaining; " +
            $"{all.Passed.Count} passed the <code>{Html.Encode(metadata.Policy)}</code> policy, {all.Cases - all.Passed.Count} failed.</p>\n");
        AppendMetadata(body, metadata);
        AppendCategories(body, statistics);
        AppendSubLabels(body, statistics);
        AppendCases(body, statistics, results);
        return HtmlPage.Render("INTIMA run: " + metadata.Model, body.ToString(), HtmlPage.FilterScript);
    }

    private static void AppendMetadata(StringBuilder body, RunMetadata metadata)
    {
        var options = metadata.Generation;
        var rows = new List<(string, string)>
        {
            ("model", metadata.Model + (metadata.ModelDigest is null ? "" : " @ " + metadata.ModelDigest)),
            ("provider", metadata.Provider + (metadata.ServerVersion is null ? "" : ", server " + metadata.ServerVersion)),
            ("options", string.Create(CultureInfo.InvariantCulture,
                $"temperature {options.Temperature}, seed {options.Seed}, max tokens {options.MaxOutputTokens}, system prompt {(options.SystemPromptSha256 is null ? "none" : "sha256 " + options.SystemPromptSha256)}")),
            ("judge", metadata.Judge),
            ("policy", metadata.Policy),
            ("dataset", string.Create(CultureInfo.InvariantCulture, $"{metadata.Dataset.File} ({metadata.Dataset.Cases} cases), sha256 {metadata.Dataset.Sha256}")),
            ("run", string.Create(CultureInfo.InvariantCulture,
                $"started {metadata.StartedAt:yyyy-MM-dd HH:mm:ss} UTC, took {RunReportMarkdown.FormatDuration(metadata.EndedAt - metadata.StartedAt)}")),
            ("tokens", string.Create(CultureInfo.InvariantCulture,
                $"{metadata.Tokens.Input} in, {metadata.Tokens.Output} out ({metadata.Tokens.CasesReported} answers reporting)")),
        };
        body.Append("<dl class=\"meta\">\n");
        foreach (var (name, value) in rows)
        {
            body.Append("<dt>").Append(name).Append("</dt><dd>").Append(Html.Encode(value)).Append("</dd>\n");
        }

        body.Append("</dl>\n");
    }

    private static void AppendCategories(StringBuilder body, RunStatistics statistics)
    {
        body.Append("<h2>Verdicts per category</h2>\n");
        body.Append("<p class=\"legend\">");
        foreach (var verdict in CaseResults.VerdictOrder)
        {
            body.Append("<span><i class=\"").Append(verdict.KebabName()).Append("\"></i>").Append(verdict.KebabName()).Append("</span>");
        }

        body.Append("</p>\n");
        var rows = statistics.Categories.Append(statistics.Overall)
            .Select(g => (g.Name, (IReadOnlyList<(string, Proportion)>)CaseResults.VerdictOrder.Select(v => (v.KebabName(), g.Verdicts[v.KebabName()])).ToList()))
            .ToList();
        body.Append(SvgChart.Stacked("Share of each verdict per category; the number is the companionship-reinforcing rate", rows));
        body.Append("<div class=\"scroll\"><table>\n<thead><tr><th>category</th><th class=\"num\">cases</th>");
        foreach (var verdict in CaseResults.VerdictOrder)
        {
            body.Append("<th class=\"num\">").Append(verdict.KebabName()).Append("</th>");
        }

        body.Append("<th class=\"num\">passed</th></tr></thead>\n<tbody>\n");
        foreach (var group in statistics.Categories.Append(statistics.Overall))
        {
            body.Append("<tr><td>").Append(group.Name == RunStatistics.AllCases ? "<strong>all</strong>" : Html.Encode(group.Name)).Append("</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{group.Cases}</td>");
            foreach (var verdict in CaseResults.VerdictOrder)
            {
                body.Append("<td class=\"num\">").Append(Html.PercentWithInterval(group.Verdicts[verdict.KebabName()])).Append("</td>");
            }

            body.Append("<td class=\"num\">").Append(Html.Percent(group.Passed)).Append("</td></tr>\n");
        }

        body.Append("</tbody>\n</table></div>\n<p class=\"where\">Rates out of all cases in the category; Wilson 95% intervals in brackets.</p>\n");
    }

    private static void AppendSubLabels(StringBuilder body, RunStatistics statistics)
    {
        body.Append("<h2>Sub-labels</h2>\n");
        var rows = statistics.SubLabels
            .Select(s => (s.Label, SvgChart.Colour(s.Class), s.Presence))
            .ToList();
        body.Append(SvgChart.Rates($"Share of judged responses showing each sub-label at {statistics.PresenceLevel} or above, with 95% intervals", rows));
        body.Append("<div class=\"scroll\"><table>\n<thead><tr><th>sub-label</th><th>class</th><th class=\"num\">all</th>");
        foreach (var category in statistics.Categories)
        {
            body.Append("<th class=\"num\">").Append(Html.Encode(category.Name)).Append("</th>");
        }

        body.Append("</tr></thead>\n<tbody>\n");
        foreach (var label in statistics.SubLabels)
        {
            body.Append("<tr><td>").Append(Html.Encode(label.Label)).Append("</td><td>").Append(Html.Encode(ShortClass(label.Class))).Append("</td>");
            body.Append("<td class=\"num\">").Append(Html.PercentWithInterval(label.Presence)).Append("</td>");
            foreach (var category in statistics.Categories)
            {
                body.Append("<td class=\"num\">").Append(Html.Percent(label.ByCategory[category.Name])).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</tbody>\n</table></div>\n");
        body.Append(CultureInfo.InvariantCulture,
            $"<p class=\"where\">Share of judged responses showing the sub-label at {Html.Encode(statistics.PresenceLevel)} or above; Wilson 95% intervals for all cases.</p>\n");
    }

    private static string ShortClass(string kebabClass) => kebabClass switch
    {
        "companionship-reinforcing" => "reinforcing",
        "boundary-maintaining" => "boundary",
        _ => kebabClass,
    };

    private static void AppendCases(StringBuilder body, RunStatistics statistics, IReadOnlyList<CaseResult> results)
    {
        body.Append(CultureInfo.InvariantCulture, $"<h2>Cases ({results.Count})</h2>\n");
        body.Append("<div class=\"controls\">");
        body.Append("<input type=\"search\" id=\"case-search\" placeholder=\"Search id, prompt, response, evidence…\" aria-label=\"Search cases\">");
        body.Append("<select id=\"case-verdict\" aria-label=\"Verdict\"><option value=\"\">all verdicts</option>");
        foreach (var verdict in CaseResults.VerdictOrder)
        {
            body.Append("<option value=\"").Append(verdict.KebabName()).Append("\">").Append(verdict.KebabName()).Append("</option>");
        }

        body.Append("</select><select id=\"case-category\" aria-label=\"Category\"><option value=\"\">all categories</option>");
        foreach (var category in statistics.Categories)
        {
            body.Append("<option value=\"").Append(Html.Encode(category.Name)).Append("\">").Append(Html.Encode(category.Name)).Append("</option>");
        }

        body.Append("</select><label><input type=\"checkbox\" id=\"case-failed\"> failed only</label>");
        body.Append(CultureInfo.InvariantCulture, $"<span class=\"where\"><span id=\"case-shown\">{results.Count}</span> shown</span></div>\n");

        // Failed cases first, so the list opens on what needs attention.
        foreach (var result in results.OrderBy(r => r.Passed).ThenBy(r => r.Category, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            AppendCase(body, result);
        }
    }

    private static void AppendCase(StringBuilder body, CaseResult result)
    {
        body.Append("<details class=\"case\" data-verdict=\"").Append(Html.Encode(result.Verdict))
            .Append("\" data-category=\"").Append(Html.Encode(result.Category))
            .Append("\" data-passed=\"").Append(result.Passed ? "true" : "false").Append("\">\n<summary>");
        body.Append("<code>").Append(Html.Encode(result.Id)).Append("</code> ");
        body.Append("<span class=\"badge ").Append(Html.Encode(result.Verdict)).Append("\">").Append(Html.Encode(result.Verdict)).Append("</span> ");
        body.Append(result.Passed ? "<span class=\"badge passed\">passed</span> " : "<span class=\"badge failed\">failed</span> ");
        body.Append("<span class=\"where\">").Append(Html.Encode(result.Category)).Append(" · ").Append(Html.Encode(result.Code)).Append("</span>");
        body.Append("</summary>\n<div>\n");
        body.Append("<h4>Prompt</h4><pre>").Append(Html.Encode(result.Prompt)).Append("</pre>\n");
        body.Append("<h4>Response</h4><pre>").Append(Html.Encode(result.Response)).Append("</pre>\n");
        if (result.Error is not null)
        {
            body.Append("<h4>Error</h4><pre>").Append(Html.Encode(result.Error)).Append("</pre>\n");
        }

        if (result.Labels.Count > 0)
        {
            body.Append("<h4>Labels</h4><table><tbody>");
            foreach (var label in SubLabelExtensions.All)
            {
                var level = result.LevelOf(label).ToString().ToLowerInvariant();
                body.Append("<tr><td>").Append(label.SnakeName()).Append("</td><td class=\"level-").Append(level).Append("\">").Append(level).Append("</td></tr>");
            }

            body.Append("</tbody></table>\n");
        }

        if (result.Evidence.Count > 0)
        {
            body.Append("<h4>Evidence</h4><ul class=\"evidence\">");
            foreach (var evidence in result.Evidence)
            {
                body.Append("<li><strong>").Append(Html.Encode(evidence.Label)).Append("</strong>: <q>").Append(Html.Encode(evidence.Quote))
                    .Append("</q> — ").Append(Html.Encode(evidence.Reason)).Append("</li>");
            }

            body.Append("</ul>\n");
        }

        if (result.Violations.Count > 0)
        {
            body.Append("<h4>Policy</h4><ul>");
            foreach (var violation in result.Violations)
            {
                body.Append("<li>").Append(Html.Encode(violation)).Append("</li>");
            }

            body.Append("</ul>\n");
        }

        body.Append(CultureInfo.InvariantCulture, $"<p class=\"where\">judge {Html.Encode(result.Judge)}");
        if (result.GenerationMilliseconds is { } ms)
        {
            body.Append(CultureInfo.InvariantCulture, $" · generated in {ms / 1000:0.0} s");
        }

        if (result.OutputTokens is { } tokens)
        {
            body.Append(CultureInfo.InvariantCulture, $" · {tokens} tokens");
        }

        body.Append("</p>\n</div>\n</details>\n");
    }
}
