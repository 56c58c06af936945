namespace Intima.Reporting;

/// <summary>Which prompt file a run used.</summary>
/// <param name="File">The file's name (not its full path, which says more about a machine than about the data).</param>
/// <param name="Sha256">SHA-256 of the file's bytes (lower-case hex).</param>
/// <param name="Cases">Distinct cases in the file.</param>
public sealed record RunDatasetInfo(string File, string Sha256, int Cases);
