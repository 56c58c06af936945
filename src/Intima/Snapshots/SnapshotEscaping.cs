using System.Globalization;
using System.Text;

namespace Intima.Snapshots;

/// <summary>
/// Makes invisible or layout-changing characters visible as <c>\uXXXX</c> text, reversibly, so a snapshot shows what
/// the model really sent and a reader can recover it exactly.
/// </summary>
/// <remarks>
/// Escaped: control characters (C0, DEL, C1) except LF and TAB in block text; bidirectional controls such as
/// U+202E, which reorder how a line is displayed; U+2028/U+2029, which some viewers break lines on; U+FEFF; and lone
/// surrogates, which UTF-8 cannot store. Nothing is removed. To keep the mapping exact, a run of backslashes is doubled
/// only where it stands right before a <c>uXXXX</c>-shaped sequence (literal or produced by an escape); decoding then
/// reads an odd run as "escape" and an even run as literal backslashes. Ordinary backslashes (paths, regexes) are untouched.
/// </remarks>
public static class SnapshotEscaping
{
    /// <summary>Escapes for a fenced block: LF and TAB stay as they are.</summary>
    public static string EscapeBlock(string text) => Escape(text, keepLineBreaks: true);

    /// <summary>Escapes for one line of metadata: LF and TAB are escaped too.</summary>
    public static string EscapeInline(string text) => Escape(text, keepLineBreaks: false);

    /// <summary>Reverses <see cref="EscapeBlock"/> and <see cref="EscapeInline"/>.</summary>
    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] != '\\')
            {
                builder.Append(text[i++]);
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] == '\\')
            {
                end++;
            }

            var run = end - i;
            if (!TryReadUnicodeEscape(text, end, out var value))
            {
                builder.Append('\\', run);
                i = end;
                continue;
            }

            builder.Append('\\', run / 2);
            if (run % 2 == 1)
            {
                builder.Append(value);
                i = end + 5;
            }
            else
            {
                i = end;
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text, bool keepLineBreaks)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                var end = i;
                while (end < text.Length && text[end] == '\\')
                {
                    end++;
                }

                var run = end - i;
                var beforeEscape = end < text.Length &&
                    (NeedsEscape(text, end, keepLineBreaks) || TryReadUnicodeEscape(text, end, out _));
                builder.Append('\\', beforeEscape ? 2 * run : run);
                i = end;
            }
            else if (NeedsEscape(text, i, keepLineBreaks))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                i++;
            }
            else if (char.IsHighSurrogate(c))
            {
                builder.Append(c).Append(text[i + 1]); // a valid pair: NeedsEscape rejected lone ones
                i += 2;
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(string text, int index, bool keepLineBreaks)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return true;
        }

        if (c is '\n' or '\t')
        {
            return !keepLineBreaks;
        }

        return char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E')
            or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029' or '\uFEFF';
    }

    // "uXXXX" at index (the part after the backslashes), with four hex digits.
    private static bool TryReadUnicodeEscape(string text, int index, out char value)
    {
        value = '\0';
        if (index + 5 > text.Length || text[index] != 'u' ||
            !ushort.TryParse(text.AsSpan(index + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        value = (char)code;
        return true;
    }
}
