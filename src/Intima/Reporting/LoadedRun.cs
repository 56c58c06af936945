namespace Intima.Reporting;

/// <summary>A finished run read back from its results directory.</summary>
/// <param name="Directory">The results directory (full path).</param>
/// <param name="Metadata">Its <c>run.json</c>, or null for runs written before it existed.</param>
/// <param name="Results">Its <c>results.jsonl</c> lines; when a case id (and sample) repeats, the last line wins.</param>
public sealed record LoadedRun(string Directory, RunMetadata? Metadata, IReadOnlyList<CaseResult> Results)
{
    /// <summary>The model's name: from run.json, else from the results, else the directory's name.</summary>
    public string Model => Metadata?.Model ?? (Results.Count > 0 ? Results[0].Model : null) ?? Path.GetFileName(Directory);
}
