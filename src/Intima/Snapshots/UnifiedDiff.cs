using System.Globalization;
using System.Text;
using DiffPlex;

namespace Intima.Snapshots;

/// <summary>Renders a line diff in the unified format (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks) that reviewers and tools know.</summary>
public static class UnifiedDiff
{
    /// <summary>Default lines of unchanged context around each change, as <c>diff -u</c> uses.</summary>
    public const int DefaultContextLines = 3;

    /// <summary>
    /// Diffs two LF-separated texts line by line. Returns an empty string when they are equal.
    /// A final newline is treated as a line terminator, not as an extra empty line.
    /// </summary>
    /// <param name="oldText">The text before (the verified snapshot).</param>
    /// <param name="newText">The text after (the received output).</param>
    /// <param name="oldLabel">Name shown on the <c>---</c> line.</param>
    /// <param name="newLabel">Name shown on the <c>+++</c> line.</param>
    /// <param name="contextLines">Unchanged lines around each change; 0 or more. Default 3.</param>
    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int contextLines = DefaultContextLines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contextLines);
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, LfLineChunker.Instance);
        if (result.DiffBlocks.Count == 0)
        {
            return "";
        }

        var lines = EditScript(result.PiecesOld, result.PiecesNew, result.DiffBlocks);
        var builder = new StringBuilder();
        builder.Append("--- ").Append(oldLabel).Append('\n');
        builder.Append("+++ ").Append(newLabel).Append('\n');
        foreach (var (start, end) in Hunks(lines, contextLines))
        {
            AppendHunk(builder, lines, start, end);
        }

        return builder.ToString();
    }

    private static List<DiffLine> EditScript(IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, IEnumerable<DiffPlex.Model.DiffBlock> blocks)
    {
        var lines = new List<DiffLine>();
        int a = 0, b = 0;
        foreach (var block in blocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                lines.Add(new DiffLine(' ', oldLines[a], a, b));
            }

            for (var i = 0; i < block.DeleteCountA; i++, a++)
            {
                lines.Add(new DiffLine('-', oldLines[a], a, b));
            }

            for (var i = 0; i < block.InsertCountB; i++, b++)
            {
                lines.Add(new DiffLine('+', newLines[b], a, b));
            }
        }

        for (; a < oldLines.Count; a++, b++)
        {
            lines.Add(new DiffLine(' ', oldLines[a], a, b));
        }

        return lines;
    }

    // Groups changed lines into [start, end) ranges of the edit script; changes closer than two contexts share a hunk.
    private static IEnumerable<(int Start, int End)> Hunks(List<DiffLine> lines, int context)
    {
        var changes = Enumerable.Range(0, lines.Count).Where(i => lines[i].Kind != ' ').ToList();
        var first = changes[0];
        var last = changes[0];
        foreach (var index in changes.Skip(1))
        {
            if (index - last > 2 * context)
            {
                yield return (Math.Max(0, first - context), Math.Min(lines.Count, last + context + 1));
                first = index;
            }

            last = index;
        }

        yield return (Math.Max(0, first - context), Math.Min(lines.Count, last + context + 1));
    }

    private static void AppendHunk(StringBuilder builder, List<DiffLine> lines, int start, int end)
    {
        var oldCount = 0;
        var newCount = 0;
        for (var i = start; i < end; i++)
        {
            oldCount += lines[i].Kind == '+' ? 0 : 1;
            newCount += lines[i].Kind == '-' ? 0 : 1;
        }

        // As GNU diff: 1-based first line, or the line before an empty range; ",1" is left out.
        builder.Append("@@ -").Append(Range(lines[start].OldIndex, oldCount))
            .Append(" +").Append(Range(lines[start].NewIndex, newCount)).Append(" @@\n");
        for (var i = start; i < end; i++)
        {
            builder.Append(lines[i].Kind).Append(lines[i].Text).Append('\n');
        }
    }

    private static string Range(int firstIndex, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{firstIndex},0"),
        1 => (firstIndex + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{firstIndex + 1},{count}"),
    };

    private readonly record struct DiffLine(char Kind, string Text, int OldIndex, int NewIndex);

    /// <summary>Splits on LF only; a final LF ends the last line rather than starting an empty one.</summary>
    private sealed class LfLineChunker : IChunker
    {
        public static LfLineChunker Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            if (text.Length == 0)
            {
                return [];
            }

            return (text.EndsWith('\n') ? text[..^1] : text).Split('\n');
        }
    }
}
