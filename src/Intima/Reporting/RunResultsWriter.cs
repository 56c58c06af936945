using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Intima.Dataset;
using Intima.Judging;

namespace Intima.Reporting;

/// <summary>
/// Writes a run's results: one <c>results.jsonl</c> line per case as soon as it is known (a killed run keeps what it had),
/// and <c>summary.md</c> with per-category rates when the run completes.
/// </summary>
public sealed class RunResultsWriter : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Keep model text readable in the file; it is data, never executed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lock _gate = new();
    private readonly StreamWriter _lines;
    private readonly FileStream _lock;
    private readonly List<CaseResult> _results = [];

    /// <summary>
    /// Creates the directory and starts a fresh <c>results.jsonl</c>. A run holds a lock on its directory; when another
    /// run still holds <paramref name="directory"/>, this one writes to <c>directory-2</c> (then <c>-3</c>, ...) rather
    /// than mixing its lines into the other's.
    /// </summary>
    public RunResultsWriter(string directory)
    {
        var requested = Path.GetFullPath(directory);
        for (var attempt = 1; ; attempt++)
        {
            var candidate = attempt == 1 ? requested : $"{requested}-{attempt}";
            System.IO.Directory.CreateDirectory(candidate);
            try
            {
                _lock = new FileStream(Path.Combine(candidate, ".run.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                Directory = candidate;
                break;
            }
            catch (IOException e) when (attempt < 20 && e is not (DirectoryNotFoundException or PathTooLongException))
            {
                // Another run is writing there.
            }
        }

        try
        {
            _lines = new StreamWriter(new FileStream(ResultsPath, FileMode.Create, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    /// <summary>The results directory actually written: the requested one, or a numbered sibling when another run held it.</summary>
    public string Directory { get; }

    /// <summary>Path of <c>results.jsonl</c>.</summary>
    public string ResultsPath => Path.Combine(Directory, "results.jsonl");

    /// <summary>Path of <c>summary.md</c>.</summary>
    public string SummaryPath => Path.Combine(Directory, "summary.md");

    /// <summary>Results so far.</summary>
    public IReadOnlyList<CaseResult> Results
    {
        get
        {
            lock (_gate)
            {
                return [.. _results];
            }
        }
    }

    /// <summary>Appends one case's result and flushes it to disk.</summary>
    public void Add(CaseResult result)
    {
        var line = JsonSerializer.Serialize(result, Json);
        lock (_gate)
        {
            _results.Add(result);
            _lines.WriteLine(line);
            _lines.Flush();
        }
    }

    /// <summary>Writes <c>summary.md</c> for the results so far and returns its text.</summary>
    public string WriteSummary(string model, string judge, string policy, string datasetPath)
    {
        var summary = RunSummary.Render(Results, model, judge, policy, datasetPath);
        ReportFiles.WriteText(SummaryPath, summary);
        return summary;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _lines.Dispose();
            _lock.Dispose();
        }
    }

    /// <summary>The sub-label levels of a judgement by snake_case name, as results.jsonl records them.</summary>
    public static Dictionary<string, string> LabelsOf(Judgement judgement) =>
        SubLabelExtensions.All.ToDictionary(l => l.SnakeName(), l => judgement[l].ToString().ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Formats a rate as a percentage with one decimal.</summary>
    internal static string Percent(int count, int total) =>
        total == 0 ? "–" : (100.0 * count / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Category display names in taxonomy order.</summary>
    internal static IEnumerable<string> CategoryOrder => Enum.GetValues<IntimaCategory>().Select(c => c.DisplayName());
}
