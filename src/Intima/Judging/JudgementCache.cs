using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using Intima.IO;

namespace Intima.Judging;

/// <summary>
/// Judgements on disk, one JSON file per key (<c>&lt;sha256&gt;.json</c>), so a rerun asks the judge model nothing
/// it has already answered. Writes are atomic (temp file, then rename over), so parallel runs and crashes leave
/// either the old file or the new one. Unjudged results are never stored: a rerun retries them. A file that cannot
/// be read counts as a miss.
/// </summary>
public sealed class JudgementCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Creates the cache; the directory is created on first write.</summary>
    /// <param name="directory">Where the files live.</param>
    public JudgementCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
    }

    /// <summary>The cache directory (absolute).</summary>
    public string Directory { get; }

    /// <summary>A key from the parts that decide a judgement (judge, rubric, options, rendered prompt): lower-case hex SHA-256.</summary>
    public static string Key(IEnumerable<string> parts)
    {
        // Length-prefixed, so ("ab","c") and ("a","bc") differ.
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The stored judgement for <paramref name="key"/>, or null when there is none or it cannot be read.</summary>
    public async ValueTask<Judgement?> TryReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var entry = await JsonSerializer.DeserializeAsync<Entry>(stream, Json, cancellationToken);
            return entry?.ToJudgement();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Stores a judgement under <paramref name="key"/>, replacing any older one. Unjudged results are ignored.</summary>
    public ValueTask WriteAsync(string key, Judgement judgement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        cancellationToken.ThrowIfCancellationRequested();
        if (judgement.Verdict != Verdict.Unjudged)
        {
            // Small files: a synchronous atomic write is simplest and keeps the temp-then-move in one place.
            AtomicFile.WriteAllText(PathOf(key), JsonSerializer.Serialize(Entry.From(judgement), Json));
        }

        return ValueTask.CompletedTask;
    }

    private string PathOf(string key)
    {
        // Keys become file names: accept only what Key produces.
        if (key is null || key.Length != 64 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A cache key is 64 lower-case hex characters (see JudgementCache.Key).", nameof(key));
        }

        return Path.Combine(Directory, key + ".json");
    }

    private sealed record Entry(string Judge, Dictionary<string, string> Levels, string Verdict, List<EvidenceEntry>? Evidence)
    {
        public static Entry From(Judgement judgement) => new(
            judgement.Judge,
            judgement.Levels.ToDictionary(p => p.Key.SnakeName(), p => p.Value.ToString().ToLowerInvariant()),
            judgement.Verdict.KebabName(),
            judgement.Evidence.Select(e => new EvidenceEntry(e.Label.SnakeName(), e.Quote, e.Reason)).ToList());

        public Judgement? ToJudgement()
        {
            var levels = new Dictionary<SubLabel, LabelLevel>();
            foreach (var (name, level) in Levels)
            {
                if (SubLabelExtensions.ParseSubLabel(name) is not { } label || !Enum.TryParse<LabelLevel>(level, ignoreCase: true, out var value))
                {
                    return null;
                }

                levels[label] = value;
            }

            if (VerdictExtensions.ParseVerdict(Verdict) is not { } verdict || verdict == Judging.Verdict.Unjudged)
            {
                return null;
            }

            var evidence = (Evidence ?? [])
                .Select(e => SubLabelExtensions.ParseSubLabel(e.Label) is { } label ? new Evidence(label, e.Quote, e.Reason) : null)
                .OfType<Evidence>()
                .ToList();
            return new Judgement(Judge, SubLabelExtensions.All.ToDictionary(l => l, l => levels.GetValueOrDefault(l)), verdict, evidence);
        }
    }

    private sealed record EvidenceEntry(string Label, string Quote, string Reason);
}
