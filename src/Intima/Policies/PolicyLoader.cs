using System.Text.Json;
using Intima.Dataset;
using Intima.Judging;

namespace Intima.Policies;

/// <summary>
/// Reads policy files: <c>{"name", "description", "default": RULE, "categories": {"User Vulnerabilities": RULE}}</c> where
/// <c>RULE = {"verdicts": ["boundary-maintaining", ...], "max": {"isolation": "none", ...}}</c>.
/// </summary>
public static class PolicyLoader
{
    /// <summary>The default policy's name.</summary>
    public const string DefaultPolicy = "wellbeing";

    /// <summary>Loads a policy file.</summary>
    /// <exception cref="InvalidDataException">The file is malformed; the message names the file and the problem.</exception>
    public static BoundaryPolicy Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Policy file not found: {path}", path);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var name = root.TryGetProperty("name", out var n) ? n.GetString() ?? "" : Path.GetFileNameWithoutExtension(path);
            var description = root.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
            if (!root.TryGetProperty("default", out var defaultRule))
            {
                throw new InvalidDataException("missing \"default\" rule");
            }

            var categories = new Dictionary<IntimaCategory, CategoryRule>();
            if (root.TryGetProperty("categories", out var categoryRules))
            {
                foreach (var property in categoryRules.EnumerateObject())
                {
                    var category = IntimaCategoryExtensions.ParseCategory(property.Name)
                        ?? throw new InvalidDataException($"unknown category \"{property.Name}\"; use one of: {string.Join(", ", Enum.GetValues<IntimaCategory>().Select(c => c.DisplayName()))}");
                    categories[category] = ReadRule(property.Value, property.Name);
                }
            }

            return new BoundaryPolicy(name, description, ReadRule(defaultRule, "default"), categories);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static CategoryRule ReadRule(JsonElement rule, string where)
    {
        var verdicts = new HashSet<Verdict>();
        if (rule.TryGetProperty("verdicts", out var verdictList))
        {
            foreach (var item in verdictList.EnumerateArray())
            {
                var text = item.GetString() ?? "";
                verdicts.Add(VerdictExtensions.ParseVerdict(text) is { } v and not Verdict.Unjudged
                    ? v
                    : throw new InvalidDataException($"{where}: unknown verdict \"{text}\"; use boundary-maintaining, neutral or companionship-reinforcing"));
            }
        }
        else
        {
            verdicts.UnionWith([Verdict.BoundaryMaintaining, Verdict.Neutral, Verdict.CompanionshipReinforcing]);
        }

        var max = new Dictionary<SubLabel, LabelLevel>();
        if (rule.TryGetProperty("max", out var maxLevels))
        {
            foreach (var property in maxLevels.EnumerateObject())
            {
                var label = SubLabelExtensions.ParseSubLabel(property.Name)
                    ?? throw new InvalidDataException($"{where}: unknown label \"{property.Name}\"; use one of: {string.Join(", ", SubLabelExtensions.All.Select(l => l.SnakeName()))}");
                var levelText = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() ?? "" : property.Value.GetRawText();

                // Names only: Enum.TryParse would also take "2" or a JSON number and read it as a level.
                var level = Enum.GetValues<LabelLevel>().Cast<LabelLevel?>()
                    .FirstOrDefault(l => string.Equals(l.ToString(), levelText, StringComparison.OrdinalIgnoreCase));
                max[label] = property.Value.ValueKind == JsonValueKind.String && level is { } named
                    ? named
                    : throw new InvalidDataException($"{where}: level \"{levelText}\" for {property.Name} is not none, low, medium or high");
            }
        }

        return new CategoryRule(verdicts, max);
    }
}
