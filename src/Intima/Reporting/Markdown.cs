using System.Globalization;
using System.Text;
using Intima.Snapshots;

namespace Intima.Reporting;

/// <summary>
/// Small helpers that keep arbitrary text (model names, model output) from changing a markdown document's structure.
/// Control and bidirectional characters are shown as <c>\uXXXX</c> everywhere, as in snapshots.
/// </summary>
internal static class Markdown
{
    /// <summary>Text for one table cell: pipes and markdown punctuation escaped, line breaks flattened, angle brackets as entities so no tag forms.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in SnapshotEscaping.EscapeBlock(text))
        {
            builder.Append(c switch
            {
                '|' => "\\|",
                '\r' or '\n' or '\t' => " ",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '`' => "\\`",
                '*' => "\\*",
                '_' => "\\_",
                '[' => "\\[",
                ']' => "\\]",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>An inline code span that <paramref name="text"/> cannot close; pipes escaped so it can sit in a table cell.</summary>
    public static string Code(string? text)
    {
        var flat = SnapshotEscaping.EscapeBlock(text ?? "").Replace('\r', ' ').Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);
        var ticks = new string('`', LongestBacktickRun(flat) + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : "";
        return ticks + pad + flat + pad + ticks;
    }

    /// <summary>A fenced block whose fence is longer than any backtick run in <paramref name="text"/>, so the text cannot close it.</summary>
    public static string Fence(string text, string info = "text")
    {
        text = SnapshotEscaping.EscapeBlock(text);
        var fence = new string('`', Math.Max(3, LongestBacktickRun(text) + 1));
        return $"{fence}{info}\n{text.TrimEnd('\n', '\r')}\n{fence}\n";
    }

    private static int LongestBacktickRun(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>A rate as a percentage with one decimal, e.g. <c>12.5%</c>; a dash for an empty group.</summary>
    public static string Percent(Proportion p) =>
        p.Total == 0 ? "–" : (100 * p.Rate).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A rate with its interval, e.g. <c>12.5% (8.1–18.7)</c>.</summary>
    public static string PercentWithInterval(Proportion p) =>
        p.Total == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100 * p.Rate:0.0}% ({100 * p.Lower:0.0}–{100 * p.Upper:0.0})");

    /// <summary>A signed difference in percentage points, e.g. <c>−25.0 pp</c>.</summary>
    public static string Points(double difference)
    {
        var magnitude = Math.Abs(100 * difference).ToString("0.0", CultureInfo.InvariantCulture);
        return (magnitude == "0.0" ? "" : difference > 0 ? "+" : "−") + magnitude + " pp";
    }
}
