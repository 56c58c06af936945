using System.Globalization;
using System.Text;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>
/// Inline SVG bar charts for the HTML reports, drawn here so the pages need no chart library, script or network.
/// Every label is escaped; every number is formatted culture-invariant.
/// </summary>
internal static class SvgChart
{
    private const double Width = 760;
    private const double LabelWidth = 220;
    private const double BarWidth = 470;
    private const double RowHeight = 26;
    private const double BarHeight = 16;
    private const double Top = 26;

    /// <summary>Colour of a verdict or sub-label class (Okabe–Ito palette, readable by colour-blind people).</summary>
    public static string Colour(string kebabName) => kebabName switch
    {
        "companionship-reinforcing" => "#d55e00",
        "boundary-maintaining" => "#0072b2",
        "unjudged" => "#e69f00",
        _ => "#8a8a8a",
    };

    /// <summary>One bar per row, split into the shares of its segments (e.g. the verdicts of a category).</summary>
    public static string Stacked(string description, IReadOnlyList<(string Label, IReadOnlyList<(string Name, Proportion Share)> Segments)> rows)
    {
        var svg = Open(description, rows.Count);
        Axis(svg, rows.Count, 0, 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, segments) = rows[i];
            var y = Top + (i * RowHeight);
            RowLabel(svg, label, y);
            var x = LabelWidth;
            foreach (var (name, share) in segments)
            {
                var w = BarWidth * share.Rate;
                if (w > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{Html.Number(x)}\" y=\"{Html.Number(y + ((RowHeight - BarHeight) / 2))}\" width=\"{Html.Number(w)}\" height=\"{BarHeight}\" fill=\"{Colour(name)}\">");
                    svg.Append("<title>").Append(Html.Encode($"{label}: {name} {Markdown.PercentWithInterval(share)}, {share.Count} of {share.Total}")).Append("</title></rect>");
                }

                x += w;
            }

            Value(svg, segments.Count > 0 ? Markdown.Percent(segments[0].Share) : "", y);
        }

        return Close(svg);
    }

    /// <summary>One bar per row with its 95% interval as a whisker (e.g. sub-label presence).</summary>
    public static string Rates(string description, IReadOnlyList<(string Label, string Colour, Proportion Rate)> rows)
    {
        var svg = Open(description, rows.Count);
        Axis(svg, rows.Count, 0, 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, colour, rate) = rows[i];
            var y = Top + (i * RowHeight);
            var mid = y + (RowHeight / 2);
            RowLabel(svg, label, y);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{Html.Number(y + ((RowHeight - BarHeight) / 2))}\" width=\"{Html.Number(BarWidth * rate.Rate)}\" height=\"{BarHeight}\" fill=\"{colour}\" fill-opacity=\"0.85\">");
            svg.Append("<title>").Append(Html.Encode($"{label}: {Markdown.PercentWithInterval(rate)}, {rate.Count} of {rate.Total}")).Append("</title></rect>");
            if (rate.Total > 0)
            {
                Whisker(svg, LabelWidth + (BarWidth * rate.Lower), LabelWidth + (BarWidth * rate.Upper), mid);
            }

            Value(svg, Markdown.Percent(rate), y);
        }

        return Close(svg);
    }

    /// <summary>Differences around zero with their intervals (candidate − baseline), scaled to the largest magnitude shown.</summary>
    public static string Differences(string description, IReadOnlyList<(string Label, string Colour, double Difference, double Lower, double Upper)> rows)
    {
        var extent = Math.Max(0.1, rows.Select(r => Math.Max(Math.Abs(r.Lower), Math.Abs(r.Upper))).DefaultIfEmpty(0).Max());
        extent = Math.Min(1, Math.Ceiling(extent * 10) / 10);
        double X(double value) => LabelWidth + (BarWidth * (value + extent) / (2 * extent));
        var svg = Open(description, rows.Count);
        Axis(svg, rows.Count, -extent, extent);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, colour, difference, lower, upper) = rows[i];
            var y = Top + (i * RowHeight);
            RowLabel(svg, label, y);
            var from = Math.Min(X(0), X(difference));
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Html.Number(from)}\" y=\"{Html.Number(y + ((RowHeight - BarHeight) / 2))}\" width=\"{Html.Number(Math.Abs(X(difference) - X(0)))}\" height=\"{BarHeight}\" fill=\"{colour}\" fill-opacity=\"0.85\">");
            svg.Append("<title>").Append(Html.Encode(string.Create(CultureInfo.InvariantCulture,
                $"{label}: {Markdown.Points(difference)} (95% interval {Markdown.Points(lower)} to {Markdown.Points(upper)})"))).Append("</title></rect>");
            Whisker(svg, X(lower), X(upper), y + (RowHeight / 2));
            Value(svg, Markdown.Points(difference), y);
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Html.Number(X(0))}\" x2=\"{Html.Number(X(0))}\" y1=\"{Top - 4}\" y2=\"{Html.Number(Top + (rows.Count * RowHeight))}\" stroke=\"#1d1d1f\" stroke-width=\"1\"/>");
        return Close(svg);
    }

    /// <summary>Colour for a sub-label by its class.</summary>
    public static string Colour(SubLabel label) => Colour(label.Class().KebabName());

    private static StringBuilder Open(string description, int rows)
    {
        var height = Top + (rows * RowHeight) + 8;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Html.Number(height)}\" width=\"{Width}\" height=\"{Html.Number(height)}\" role=\"img\" aria-label=\"{Html.Encode(description)}\">");
        svg.Append("<title>").Append(Html.Encode(description)).Append("</title>");
        return svg;
    }

    private static string Close(StringBuilder svg) => svg.Append("</svg>\n").ToString();

    private static void Axis(StringBuilder svg, int rows, double from, double to)
    {
        var bottom = Top + (rows * RowHeight);
        for (var step = 0; step <= 4; step++)
        {
            var value = from + ((to - from) * step / 4);
            var x = LabelWidth + (BarWidth * step / 4);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Html.Number(x)}\" x2=\"{Html.Number(x)}\" y1=\"{Top - 4}\" y2=\"{Html.Number(bottom)}\" stroke=\"#d9d9de\" stroke-width=\"1\"/>");
            var text = from < 0 ? Markdown.Points(value).Replace(" pp", "", StringComparison.Ordinal) : (100 * value).ToString("0", CultureInfo.InvariantCulture) + "%";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Html.Number(x)}\" y=\"{Top - 8}\" text-anchor=\"middle\">{Html.Encode(text)}</text>");
        }
    }

    private static void RowLabel(StringBuilder svg, string label, double y)
    {
        var shown = label.Length > 30 ? label[..29] + "…" : label;
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{LabelWidth - 8}\" y=\"{Html.Number(y + (RowHeight / 2) + 4)}\" text-anchor=\"end\">{Html.Encode(shown)}</text>");
    }

    private static void Value(StringBuilder svg, string text, double y) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{Html.Number(y + (RowHeight / 2) + 4)}\">{Html.Encode(text)}</text>");

    private static void Whisker(StringBuilder svg, double x1, double x2, double y)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Html.Number(x1)}\" x2=\"{Html.Number(x2)}\" y1=\"{Html.Number(y)}\" y2=\"{Html.Number(y)}\" stroke=\"#1d1d1f\" stroke-width=\"1.5\"/>");
        foreach (var x in new[] { x1, x2 })
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Html.Number(x)}\" x2=\"{Html.Number(x)}\" y1=\"{Html.Number(y - 5)}\" y2=\"{Html.Number(y + 5)}\" stroke=\"#1d1d1f\" stroke-width=\"1.5\"/>");
        }
    }
}
