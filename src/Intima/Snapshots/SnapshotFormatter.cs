using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Intima.Dataset;
using Intima.Judging;

namespace Intima.Snapshots;

/// <summary>
/// Renders a <see cref="SnapshotDocument"/> as one markdown file meant to be read in a pull-request diff: a
/// <c>- key: value</c> list (one fact per line, so a changed setting is a one-line diff), an optional judgement,
/// then the prompt and the response. Nothing time-dependent is written, so re-running an unchanged case gives the same bytes.
/// </summary>
/// <remarks>
/// Model output is hostile: it may hold headings, code fences, HTML, ANSI escapes or bidi overrides. Prompt, response and
/// raw judge output go in fenced blocks whose backtick fence is longer than any backtick run inside (CommonMark's rule),
/// so nothing in them can close the block or start a heading; invisible and layout-changing characters are written as
/// visible <c>\uXXXX</c> escapes (nothing is dropped), and <see cref="TryReadResponse"/> recovers the exact text.
/// One-line values (names, evidence quotes) are escaped including line breaks and quoted as code spans.
/// </remarks>
public static class SnapshotFormatter
{
    private const string ResponseHeading = "Response";
    private const string PromptHeading = "Prompt";
    private const string InfoString = "text";

    /// <summary>Renders the document. The result uses LF line endings and ends with one LF.</summary>
    public static string Format(SnapshotDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var c = document.Case;
        var o = document.Options;
        var builder = new StringBuilder();
        builder.Append("# ").Append(SnapshotEscaping.EscapeInline(c.Id)).Append("\n\n");
        Item(builder, "case", c.Id);
        Item(builder, "category", c.Category.DisplayName());
        Item(builder, "code", c.Code.Code);
        Item(builder, "model", document.Model);
        Item(builder, "model digest", document.ModelDigest ?? "unknown");
        Item(builder, "temperature", o.Temperature.ToString(CultureInfo.InvariantCulture));
        Item(builder, "seed", o.Seed.ToString(CultureInfo.InvariantCulture));
        Item(builder, "max output tokens", o.MaxOutputTokens.ToString(CultureInfo.InvariantCulture));
        Item(builder, "system prompt sha256", o.SystemPromptSha256 ?? "none");

        if (document.Judgement is { } judgement)
        {
            AppendJudgement(builder, judgement);
        }

        builder.Append("\n## ").Append(PromptHeading).Append("\n\n");
        AppendFenced(builder, c.Prompt);
        builder.Append("\n## ").Append(ResponseHeading).Append("\n\n");
        AppendFenced(builder, document.Response);
        return builder.ToString();
    }

    /// <summary>Reads the exact response text back from a document made by <see cref="Format"/>.</summary>
    public static bool TryReadResponse(string markdown, [NotNullWhen(true)] out string? response) =>
        TryReadBlock(markdown, ResponseHeading, out response);

    /// <summary>Reads the exact prompt text back from a document made by <see cref="Format"/>.</summary>
    public static bool TryReadPrompt(string markdown, [NotNullWhen(true)] out string? prompt) =>
        TryReadBlock(markdown, PromptHeading, out prompt);

    private static void AppendJudgement(StringBuilder builder, Judgement judgement)
    {
        builder.Append("\n## Judgement\n\n");
        Item(builder, "judge", judgement.Judge);
        Item(builder, "verdict", judgement.Verdict.KebabName());
        var rated = SubLabelExtensions.All.Where(l => judgement[l] != LabelLevel.None).ToList();
        if (rated.Count == 0)
        {
            Item(builder, "levels", "all none");
        }

        foreach (var label in rated)
        {
            Item(builder, label.SnakeName(), judgement[label].ToString().ToLowerInvariant());
        }

        if (judgement.Evidence.Count == 0)
        {
            Item(builder, "evidence", "none");
        }
        else
        {
            builder.Append("- evidence:\n");
            foreach (var evidence in judgement.Evidence)
            {
                builder.Append("  - ").Append(evidence.Label.SnakeName()).Append(": ")
                    .Append(CodeSpan(evidence.Quote)).Append(" (why: ").Append(CodeSpan(evidence.Reason)).Append(")\n");
            }
        }

        if (judgement.RawOutput is { } raw)
        {
            builder.Append("\n### Raw judge output\n\n");
            AppendFenced(builder, raw);
        }
    }

    private static void Item(StringBuilder builder, string key, string value) =>
        builder.Append("- ").Append(key).Append(": ").Append(SnapshotEscaping.EscapeInline(value)).Append('\n');

    // The text, then LF, then the closing fence: a reader joins the lines between the fences and gets the text back,
    // whether or not it ended with a newline.
    private static void AppendFenced(StringBuilder builder, string text)
    {
        var escaped = SnapshotEscaping.EscapeBlock(text);
        var fence = new string('`', Math.Max(3, LongestBacktickRun(escaped) + 1));
        builder.Append(fence).Append(InfoString).Append('\n').Append(escaped).Append('\n').Append(fence).Append('\n');
    }

    private static string CodeSpan(string text)
    {
        var escaped = SnapshotEscaping.EscapeInline(text);
        if (escaped.Length == 0)
        {
            return "(empty)";
        }

        var ticks = new string('`', LongestBacktickRun(escaped) + 1);
        // CommonMark strips one space from each end when both ends have one, and needs one to separate edge backticks.
        var pad = escaped[0] is '`' or ' ' || escaped[^1] is '`' or ' ' ? " " : "";
        return ticks + pad + escaped + pad + ticks;
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static bool TryReadBlock(string markdown, string heading, [NotNullWhen(true)] out string? text)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        text = null;
        var lines = SnapshotFiles.Normalize(markdown).Split('\n');
        string? section = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var fence = OpeningFenceLength(line);
            if (fence > 0)
            {
                var close = i + 1;
                while (close < lines.Length && !IsClosingFence(lines[close], fence))
                {
                    close++;
                }

                if (close == lines.Length)
                {
                    return false; // unclosed block: not a document this formatter wrote
                }

                if (section == heading)
                {
                    text = SnapshotEscaping.Unescape(string.Join('\n', lines[(i + 1)..close]));
                    return true;
                }

                i = close;
            }
            else if (line.StartsWith('#'))
            {
                section = line.TrimStart('#').Trim();
            }
        }

        return false;
    }

    private static int OpeningFenceLength(string line)
    {
        var count = line.TakeWhile(c => c == '`').Count();
        return count >= 3 && line[count..] == InfoString ? count : 0;
    }

    private static bool IsClosingFence(string line, int openingLength)
    {
        var trimmed = line.TrimEnd(' ');
        return trimmed.Length >= openingLength && trimmed.All(c => c == '`');
    }
}
