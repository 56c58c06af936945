using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intima.Judging.Offline;

/// <summary>The offline judge's word patterns; the shipped ones are loaded once from the embedded <c>OfflineJudgePatterns.json</c>.</summary>
internal sealed class PatternLibrary
{
    private const string ResourceName = "Intima.Judging.Offline.OfflineJudgePatterns.json";

    private readonly FrozenDictionary<string, Regex[]> patterns;

    private PatternLibrary(FrozenDictionary<string, Regex[]> patterns) => this.patterns = patterns;

    /// <summary>The library shipped in the assembly.</summary>
    public static PatternLibrary Shared { get; } = LoadEmbedded();

    /// <summary>True when any pattern of <paramref name="name"/> matches <paramref name="text"/>.</summary>
    /// <exception cref="RegexMatchTimeoutException">A pattern ran over <see cref="MatchLimits.Timeout"/>: the judge reports the
    /// case as unjudged rather than reading a pathological text as matching nothing.</exception>
    public bool Any(string name, string text) => First(name, text) is not null;

    /// <summary>The first match of any pattern of <paramref name="name"/>, or null.</summary>
    public Match? First(string name, string text) =>
        Get(name).Select(regex => regex.Match(text)).FirstOrDefault(match => match.Success);

    /// <summary>How many patterns of <paramref name="name"/> match <paramref name="text"/>.</summary>
    public int Count(string name, string text) => Get(name).Count(r => r.IsMatch(text));

    private Regex[] Get(string name) =>
        patterns.TryGetValue(name, out var list) ? list : throw new KeyNotFoundException($"No pattern group \"{name}\" in {ResourceName}.");

    private static PatternLibrary LoadEmbedded()
    {
        using var stream = typeof(PatternLibrary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Parse(stream);
    }

    /// <summary>Reads a library in the format of <c>OfflineJudgePatterns.json</c>: macros, then named pattern groups.</summary>
    internal static PatternLibrary Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var macros = root.GetProperty("macros").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
        var groups = new Dictionary<string, Regex[]>();
        foreach (var group in root.GetProperty("patterns").EnumerateObject())
        {
            groups[group.Name] = group.Value.EnumerateArray()
                .Select(p => new Regex(Expand(p.GetString() ?? "", macros), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchLimits.Timeout))
                .ToArray();
        }

        return new PatternLibrary(groups.ToFrozenDictionary());
    }

    private static string Expand(string pattern, Dictionary<string, string> macros)
    {
        foreach (var (name, value) in macros)
        {
            pattern = pattern.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return pattern;
    }
}
