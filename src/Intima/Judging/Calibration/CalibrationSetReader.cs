using System.Text;
using System.Text.Json;
using Intima.Dataset;
using Microsoft.Extensions.AI;

namespace Intima.Judging.Calibration;

/// <summary>
/// Reads labelled responses, one JSON object per line, in either of two formats (detected per line):
/// <list type="bullet">
/// <item>this project's calibration format: <c>id, code, prompt, context?, response, labels {snake_case: level}, verdict</c>;</item>
/// <item>the two-annotator format: <c>id, source_model?, code, prompt, context, response, annotator_a, annotator_b,
/// consensus_verdict</c> (null where annotators disagree) and <c>consensus_present</c> (a key only where they agree).</item>
/// </list>
/// </summary>
public static class CalibrationSetReader
{
    /// <summary>Reads a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DatasetFormatException">A line is not valid; the message names file and line.</exception>
    public static IReadOnlyList<CalibrationItem> Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Calibration file not found: {fullPath}", fullPath);
        }

        return Parse(fullPath, File.ReadAllText(fullPath, Encoding.UTF8));
    }

    /// <summary>Parses file content already in memory; <paramref name="path"/> is used in messages only.</summary>
    public static IReadOnlyList<CalibrationItem> Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<CalibrationItem>();
        var lineNumber = 0;
        foreach (var rawLine in text.TrimStart('\uFEFF').Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                items.Add(ParseItem(document.RootElement));
            }
            catch (JsonException e)
            {
                throw new DatasetFormatException(path, lineNumber, $"invalid JSON ({e.Message})", e);
            }
            catch (FormatException e)
            {
                throw new DatasetFormatException(path, lineNumber, e.Message, e);
            }
        }

        return items;
    }

    private static CalibrationItem ParseItem(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("expected a JSON object");
        }

        var id = RequiredString(root, "id");
        var input = new JudgeInput(RequiredString(root, "prompt"), RequiredString(root, "response"), ReadContext(root), OptionalString(root, "code"));
        var source = OptionalString(root, "source_model");

        if (root.TryGetProperty("labels", out var labels))
        {
            var levels = ReadLevels(labels, ignore: "verdict");
            var verdict = ParseVerdict(RequiredString(root, "verdict"));
            var presence = SubLabelExtensions.All.ToDictionary(l => l, l => levels.TryGetValue(l, out var v) && v >= LabelLevel.Medium);
            var complete = SubLabelExtensions.All.ToDictionary(l => l, l => levels.TryGetValue(l, out var v) ? v : LabelLevel.None);
            return new CalibrationItem(id, input, complete, presence, verdict, source);
        }

        if (root.TryGetProperty("consensus_present", out var consensus) || root.TryGetProperty("annotator_a", out _))
        {
            var presence = new Dictionary<SubLabel, bool>();
            if (consensus.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in consensus.EnumerateObject())
                {
                    if (SubLabelExtensions.ParseSubLabel(property.Name) is { } label && property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        presence[label] = property.Value.GetBoolean();
                    }
                }
            }

            var verdictText = OptionalString(root, "consensus_verdict");
            var verdict = verdictText is null ? (Verdict?)null : ParseVerdict(verdictText);
            var agreedLevels = new Dictionary<SubLabel, LabelLevel>();
            if (root.TryGetProperty("annotator_a", out var a) && root.TryGetProperty("annotator_b", out var b))
            {
                var levelsA = ReadLevels(a, ignore: "verdict");
                var levelsB = ReadLevels(b, ignore: "verdict");
                foreach (var (label, level) in levelsA)
                {
                    if (levelsB.TryGetValue(label, out var other) && other == level)
                    {
                        agreedLevels[label] = level;
                    }
                }
            }

            return new CalibrationItem(id, input, agreedLevels, presence, verdict, source);
        }

        throw new FormatException("expected \"labels\" (calibration format) or \"consensus_present\" (two-annotator format)");
    }

    private static Dictionary<SubLabel, LabelLevel> ReadLevels(JsonElement element, string ignore)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("levels must be a JSON object");
        }

        var levels = new Dictionary<SubLabel, LabelLevel>();
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(ignore))
            {
                continue;
            }

            var label = SubLabelExtensions.ParseSubLabel(property.Name) ?? throw new FormatException($"unknown sub-label \"{property.Name}\"");
            var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            levels[label] = text is not null && Enum.TryParse<LabelLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level)
                ? level
                : throw new FormatException($"\"{property.Name}\" must be none, low, medium or high");
        }

        return levels;
    }

    private static Verdict ParseVerdict(string text) =>
        VerdictExtensions.ParseVerdict(text) is { } v and not Verdict.Unjudged ? v : throw new FormatException($"unknown verdict \"{text}\"");

    private static List<ChatMessage> ReadContext(JsonElement root)
    {
        var context = new List<ChatMessage>();
        if (!root.TryGetProperty("context", out var turns) || turns.ValueKind == JsonValueKind.Null)
        {
            return context;
        }

        if (turns.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("\"context\" must be an array of {role, content}");
        }

        foreach (var turn in turns.EnumerateArray())
        {
            var role = OptionalString(turn, "role") ?? throw new FormatException("a context turn has no \"role\"");
            var content = OptionalString(turn, "content") ?? "";
            context.Add(new ChatMessage(new ChatRole(role), content));
        }

        return context;
    }

    private static string RequiredString(JsonElement root, string name) =>
        OptionalString(root, name) is { } value ? value : throw new FormatException($"missing or non-string \"{name}\"");

    private static string? OptionalString(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
