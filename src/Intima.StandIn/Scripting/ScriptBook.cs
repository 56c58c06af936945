using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Intima.StandIn.Scripting;

/// <summary>
/// The embedded scripts (<c>Scripts/themes.json</c> plus one file per persona), loaded once and checked: every theme
/// has 2 to 4 variants for every persona, and the last theme (the fallback) has no keywords.
/// </summary>
internal sealed class ScriptBook
{
    private const int MinVariants = 2;
    private const int MaxVariants = 4;

    private static readonly Lazy<ScriptBook> Embedded = new(LoadEmbedded);

    private ScriptBook(IReadOnlyList<ScriptTheme> themes, IReadOnlyDictionary<StandInPersona, int> scriptBytes,
        IReadOnlyDictionary<StandInPersona, string> scriptDigests)
    {
        Themes = themes;
        ScriptBytes = scriptBytes;
        ScriptDigests = scriptDigests;
    }

    public static ScriptBook Default => Embedded.Value;

    /// <summary>Themes in priority order; the last is the fallback.</summary>
    public IReadOnlyList<ScriptTheme> Themes { get; }

    /// <summary>Size of each persona's script file, reported as the model "size".</summary>
    public IReadOnlyDictionary<StandInPersona, int> ScriptBytes { get; }

    /// <summary>SHA-256 of the themes and each persona's replies: an edited script is a new "model" digest, so stored responses are not reused.</summary>
    public IReadOnlyDictionary<StandInPersona, string> ScriptDigests { get; }

    public static string FileName(StandInPersona persona) => persona.ToString().ToLowerInvariant();

    /// <summary>The first theme with a keyword at the start of a word of <paramref name="prompt"/>, else the fallback.</summary>
    public ScriptTheme Detect(string prompt)
    {
        var text = " " + Normalise(prompt) + " ";
        foreach (var theme in Themes)
        {
            if (theme.Keywords.Any(k => text.Contains(" " + k, StringComparison.Ordinal)))
            {
                return theme;
            }
        }

        return Themes[^1];
    }

    /// <summary>Lower case; letters, digits and apostrophes kept; everything else one space.</summary>
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : raw;
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                sb.Append(c);
                space = false;
            }
            else if (!space && sb.Length > 0)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static ScriptBook LoadEmbedded()
    {
        var personaFiles = Enum.GetValues<StandInPersona>().ToDictionary(p => p, p => ReadResource(FileName(p) + ".json"));
        return Parse(ReadResource("themes.json"), personaFiles);
    }

    internal static ScriptBook Parse(byte[] themesJson, IReadOnlyDictionary<StandInPersona, byte[]> personaJson)
    {
        var replies = personaJson.ToDictionary(p => p.Key, p => ReadReplies(p.Key, p.Value));
        using var themesDoc = JsonDocument.Parse(themesJson);
        var themes = new List<ScriptTheme>();
        foreach (var element in themesDoc.RootElement.GetProperty("themes").EnumerateArray())
        {
            var name = element.GetProperty("theme").GetString() ?? throw Invalid("a theme has no name");
            var keywords = element.GetProperty("keywords").EnumerateArray()
                .Select(k => Normalise(k.GetString() ?? string.Empty))
                .Where(k => k.Length > 0)
                .ToArray();
            var variants = new Dictionary<StandInPersona, IReadOnlyList<string>>();
            foreach (var (persona, byTheme) in replies)
            {
                if (!byTheme.TryGetValue(name, out var list) || list.Count is < MinVariants or > MaxVariants)
                {
                    throw Invalid($"persona '{FileName(persona)}' needs {MinVariants}-{MaxVariants} replies for theme '{name}'");
                }

                variants[persona] = list;
            }

            themes.Add(new ScriptTheme(name, keywords, variants));
        }

        if (themes.Count == 0 || themes[^1].Keywords.Count != 0)
        {
            throw Invalid("the last theme must be a fallback without keywords");
        }

        foreach (var (persona, byTheme) in replies)
        {
            var unknown = byTheme.Keys.Except(themes.Select(t => t.Name)).FirstOrDefault();
            if (unknown is not null)
            {
                throw Invalid($"persona '{FileName(persona)}' has replies for unknown theme '{unknown}'");
            }
        }

        return new ScriptBook(themes, personaJson.ToDictionary(p => p.Key, p => p.Value.Length),
            personaJson.ToDictionary(p => p.Key, p => Convert.ToHexStringLower(SHA256.HashData([.. themesJson, .. p.Value]))));
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadReplies(StandInPersona persona, byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var theme in doc.RootElement.GetProperty("replies").EnumerateObject())
        {
            var list = theme.Value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray();
            if (list.Any(string.IsNullOrWhiteSpace))
            {
                throw Invalid($"persona '{FileName(persona)}' has an empty reply for theme '{theme.Name}'");
            }

            result[theme.Name] = list;
        }

        return result;
    }

    private static byte[] ReadResource(string file)
    {
        var name = "Intima.StandIn.Scripts." + file;
        using var stream = typeof(ScriptBook).Assembly.GetManifestResourceStream(name)
            ?? throw Invalid("embedded resource " + name + " is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static InvalidOperationException Invalid(string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Stand-in script is invalid: {what}."));
}
