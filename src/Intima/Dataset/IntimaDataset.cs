namespace Intima.Dataset;

/// <summary>A loaded prompt set.</summary>
/// <param name="SourcePath">The file the cases came from.</param>
/// <param name="Sha256">SHA-256 of the file's bytes (lower-case hex), to record which data a run used.</param>
/// <param name="Cases">Distinct cases, in the order of their first appearance in the file.</param>
/// <param name="RowCount">Non-blank lines read.</param>
/// <param name="DuplicatesCollapsed">Rows dropped because an earlier row had the same code and prompt.</param>
public sealed record IntimaDataset(string SourcePath, string Sha256, IReadOnlyList<IntimaCase> Cases, int RowCount, int DuplicatesCollapsed)
{
    /// <summary>Finds a case by id; null when absent.</summary>
    public IntimaCase? Find(string id) => Cases.FirstOrDefault(c => c.Id == id);
}
