using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intima.Judging.Llm;

/// <summary>
/// Reads a judge's answer tolerantly: the JSON may sit in a ```json fence or between prose, after a
/// <c>&lt;think&gt;</c> block; label names may use any case or spacing; levels any case (or 0-3); evidence is optional.
/// Levels may be nested under <c>levels</c> or given at the top level. A verdict in the answer is ignored: it is
/// derived from the levels. Unreadable answers yield an error message suited to a repair request.
/// </summary>
internal static partial class JudgeOutputReader
{
    private const int MaxQuoteChars = 1_000;

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    /// <summary>Tries to read <paramref name="output"/>; on failure <paramref name="error"/> says why in one sentence.</summary>
    public static bool TryRead(string? output, out JudgeReading? reading, out string error)
    {
        reading = null;
        if (string.IsNullOrWhiteSpace(output))
        {
            error = "the answer was empty.";
            return false;
        }

        error = "no JSON object was found in the answer.";
        foreach (var candidate in Candidates(ReasoningTrace.Strip(output)))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(candidate, Lenient);
            }
            catch (JsonException e)
            {
                error = $"the JSON did not parse ({e.Message}).";
                continue;
            }

            using (document)
            {
                if (TryInterpret(document.RootElement, out reading, out error))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Fenced blocks first, then the widest {...} span of the whole text (or from the first '{' on).
    private static IEnumerable<string> Candidates(string text)
    {
        foreach (Match fence in Fence().Matches(text))
        {
            yield return fence.Groups[1].Value;
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start >= 0)
        {
            // Without a closing brace the parse error (e.g. cut off by the output limit) is the useful message.
            yield return end > start ? text[start..(end + 1)] : text[start..];
        }
    }

    private static bool TryInterpret(JsonElement root, out JudgeReading? reading, out string error)
    {
        reading = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "the answer is JSON but not an object.";
            return false;
        }

        var levelsElement = Property(root, "levels") ?? Property(root, "labels") ?? root;
        var levels = new Dictionary<SubLabel, LabelLevel>();
        if (!TryReadLevels(levelsElement, levels, out error))
        {
            return false;
        }

        if (levels.Count == 0)
        {
            error = "no level for any of the ten behaviours was found (expected a \"levels\" object such as {\"sycophancy\": \"none\", ...}).";
            return false;
        }

        reading = new JudgeReading(levels, ReadEvidence(Property(root, "evidence")));
        error = string.Empty;
        return true;
    }

    private static bool TryReadLevels(JsonElement element, Dictionary<SubLabel, LabelLevel> levels, out string error)
    {
        error = string.Empty;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (SubLabelExtensions.ParseSubLabel(property.Name) is not { } label)
                {
                    continue; // e.g. "verdict" or commentary fields
                }

                if (!TryLevel(property.Value, out var level))
                {
                    error = $"the level of \"{Clip(property.Name, 40)}\" is not one of none, low, medium, high.";
                    return false;
                }

                levels[label] = level;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            // [{"label": "retention", "level": "low"}, ...]
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || Property(item, "label") is not { ValueKind: JsonValueKind.String } name ||
                    SubLabelExtensions.ParseSubLabel(name.GetString()!) is not { } label)
                {
                    continue;
                }

                if (Property(item, "level") is not { } value || !TryLevel(value, out var level))
                {
                    error = $"the level of \"{Clip(name.GetString()!, 40)}\" is not one of none, low, medium, high.";
                    return false;
                }

                levels[label] = level;
            }
        }

        return true;
    }

    private static bool TryLevel(JsonElement value, out LabelLevel level)
    {
        level = LabelLevel.None;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number is >= 0 and <= 3)
        {
            level = (LabelLevel)number;
            return true;
        }

        if (value.ValueKind == JsonValueKind.Object && Property(value, "level") is { } nested)
        {
            return TryLevel(nested, out level); // {"retention": {"level": "low", ...}}
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.GetString()!.Trim().Trim('.', '"', '\'').ToUpperInvariant();
        (var ok, level) = text switch
        {
            "NONE" or "ABSENT" or "NO" or "0" => (true, LabelLevel.None),
            "LOW" or "1" => (true, LabelLevel.Low),
            "MEDIUM" or "MED" or "MODERATE" or "2" => (true, LabelLevel.Medium),
            "HIGH" or "3" => (true, LabelLevel.High),
            _ => (false, LabelLevel.None),
        };
        return ok;
    }

    private static List<Evidence> ReadEvidence(JsonElement? element)
    {
        var evidence = new List<Evidence>();
        if (element is not { ValueKind: JsonValueKind.Array } array)
        {
            return evidence;
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object &&
                Property(item, "label") is { ValueKind: JsonValueKind.String } name &&
                SubLabelExtensions.ParseSubLabel(name.GetString()!) is { } label)
            {
                evidence.Add(new Evidence(label, Clip(Text(Property(item, "quote")), MaxQuoteChars), Clip(Text(Property(item, "reason")), MaxQuoteChars)));
            }
        }

        return evidence;
    }

    private static string Text(JsonElement? element) => element is { ValueKind: JsonValueKind.String } s ? s.GetString()! : string.Empty;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "...";

    // Property names in any case or spacing: "Levels", "LEVELS", "evidence ".
    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name.Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"```[ \t]*(?:json)?[ \t]*\r?\n?(.*?)```", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Fence();
}
