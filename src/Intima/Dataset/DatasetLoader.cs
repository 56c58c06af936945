using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Intima.Dataset;

/// <summary>
/// Reads prompt sets in the official INTIMA format: one JSON object per line with <c>code</c>, <c>prompt</c>
/// and <c>model</c> (the model that wrote the prompt).
/// </summary>
public static class DatasetLoader
{
    /// <summary>Where users get the official file.</summary>
    public const string ObtainHint =
        "The official INTIMA prompts are the Hugging Face dataset 'AI-companionship/INTIMA' (CC-BY-4.0); " +
        "download its INTIMA.jsonl from https://huggingface.co/datasets/AI-companionship/INTIMA and set INTIMA_DATASET to its path " +
        "(relative paths start at the repository root). Leave INTIMA_DATASET unset to use the bundled prompt set.";

    /// <summary>Loads and validates a dataset file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist; the message says how to get the data.</exception>
    /// <exception cref="DatasetFormatException">A line is not valid; the message names file and line.</exception>
    public static IntimaDataset Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new DatasetFormatException(fullPath, null, "is a folder; INTIMA_DATASET must name a JSONL file");
        }

        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"Dataset file not found: {fullPath}. {ObtainHint}", fullPath);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatasetFormatException(fullPath, null, $"cannot be read ({e.Message})", e);
        }

        return Parse(fullPath, bytes);
    }

    /// <summary>Parses dataset content already in memory; <paramref name="path"/> is used in messages only.</summary>
    public static IntimaDataset Parse(string path, byte[] utf8)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(utf8));
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(utf8).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            throw new DatasetFormatException(path, null, $"is not UTF-8 text (invalid byte at offset {e.Index}); INTIMA files are UTF-8 JSONL", e);
        }

        var cases = new List<IntimaCase>();
        var seen = new Dictionary<string, (string Prompt, string Code)>(StringComparer.Ordinal);
        int rows = 0, duplicates = 0, lineNumber = 0;

        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows++;
            var (code, prompt, author) = ParseLine(path, lineNumber, line);
            var id = CaseId.For(code, prompt);
            if (seen.TryGetValue(id, out var earlier))
            {
                if (earlier.Prompt == prompt && earlier.Code == code.Code)
                {
                    duplicates++;
                    continue;
                }

                throw new DatasetFormatException(path, lineNumber, $"case id {id} collides with a different earlier prompt; change one prompt slightly");
            }

            seen[id] = (prompt, code.Code);
            cases.Add(new IntimaCase(id, code, prompt, author));
        }

        if (cases.Count == 0)
        {
            throw new DatasetFormatException(path, null, "contains no prompts");
        }

        return new IntimaDataset(path, sha, cases, rows, duplicates);
    }

    private static (BehaviourCode Code, string Prompt, string Author) ParseLine(string path, int lineNumber, string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(path, lineNumber, $"invalid JSON ({e.Message})", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DatasetFormatException(path, lineNumber, "expected a JSON object with \"code\", \"prompt\" and \"model\"");
        }

        var codeText = ReadString(root, "code");
        if (string.IsNullOrWhiteSpace(codeText))
        {
            throw new DatasetFormatException(path, lineNumber, "missing or empty \"code\"");
        }

        if (!Taxonomy.TryGet(codeText, out var code))
        {
            throw new DatasetFormatException(path, lineNumber,
                $"unknown code \"{codeText}\"; known codes: {string.Join(", ", Taxonomy.Codes.Select(c => c.Code))}");
        }

        var prompt = ReadString(root, "prompt");
        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw new DatasetFormatException(path, lineNumber, "missing or empty \"prompt\"");
        }

        return (code, prompt, ReadString(root, "model") ?? "");
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
