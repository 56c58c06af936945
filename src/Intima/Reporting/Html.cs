using System.Globalization;
using System.Net;
using Intima.Snapshots;

namespace Intima.Reporting;

/// <summary>HTML escaping for report text. Everything that did not come from this code (model and dataset text, names) goes through it.</summary>
internal static class Html
{
    /// <summary>
    /// Escapes &amp; &lt; &gt; &quot; and &#39;, so the result is safe in element text and in quoted attribute values. Control
    /// and bidirectional characters are first shown as <c>\uXXXX</c>, as in snapshots, so a reply cannot reorder or hide
    /// the text around it.
    /// </summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(SnapshotEscaping.EscapeBlock(text ?? ""));

    /// <summary>A number for SVG coordinates, culture-invariant with two decimals.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A rate as a percentage with one decimal; a dash for an empty group.</summary>
    public static string Percent(Proportion p) => Encode(Markdown.Percent(p));

    /// <summary>A rate with its interval as a table cell's content.</summary>
    public static string PercentWithInterval(Proportion p) =>
        p.Total == 0
            ? "–"
            : string.Create(CultureInfo.InvariantCulture, $"{100 * p.Rate:0.0}% <span class=\"ci\">({100 * p.Lower:0.0}–{100 * p.Upper:0.0})</span>");
}
