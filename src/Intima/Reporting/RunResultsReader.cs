using System.Text.Json;

namespace Intima.Reporting;

/// <summary>Reads a results directory written by <see cref="RunResultsWriter"/> and <see cref="RunReportWriter"/>.</summary>
public static class RunResultsReader
{
    /// <summary>Loads <c>results.jsonl</c> and, where present, <c>run.json</c>.</summary>
    /// <exception cref="FileNotFoundException">The directory has no results.jsonl.</exception>
    /// <exception cref="InvalidDataException">A line is not a result; the message names the file and line.</exception>
    public static LoadedRun Load(string directory)
    {
        var full = Path.GetFullPath(directory);
        var resultsPath = Path.Combine(full, "results.jsonl");
        if (!File.Exists(resultsPath))
        {
            throw new FileNotFoundException($"No results.jsonl in {full}.", resultsPath);
        }

        var byId = new Dictionary<string, CaseResult>(StringComparer.Ordinal);
        var order = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(resultsPath))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            CaseResult? result;
            try
            {
                result = JsonSerializer.Deserialize<CaseResult>(line, ReportFiles.Json);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{resultsPath}:{number}: not a result line ({e.Message}).", e);
            }

            if (result?.Id is null || result.Labels is null || result.Verdict is null)
            {
                throw new InvalidDataException($"{resultsPath}:{number}: a result needs id, labels and verdict.");
            }

            // A rerun of one case in the same directory appends; the latest reading of each case and sample is the one that counts.
            result = Normalise(result);
            if (!byId.ContainsKey(result.PairKey))
            {
                order.Add(result.PairKey);
            }

            byId[result.PairKey] = result;
        }

        var runPath = Path.Combine(full, RunReportWriter.RunJson);
        RunMetadata? metadata = null;
        if (File.Exists(runPath))
        {
            try
            {
                metadata = JsonSerializer.Deserialize<RunMetadata>(File.ReadAllText(runPath), ReportFiles.Json);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{runPath}: not a run record ({e.Message}).", e);
            }
        }

        return new LoadedRun(full, metadata, order.Select(id => byId[id]).ToList());
    }

    // JSON null for a list the record declares non-null would otherwise surface later as a NullReferenceException.
    private static CaseResult Normalise(CaseResult result) => result with
    {
        Violations = result.Violations ?? [],
        Evidence = result.Evidence ?? [],
        Prompt = result.Prompt ?? "",
        Response = result.Response ?? "",
        Category = result.Category ?? "",
        Code = result.Code ?? "",
        Model = result.Model ?? "",
        Judge = result.Judge ?? "",
        Sample = Math.Max(1, result.Sample),
    };
}
