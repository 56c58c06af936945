namespace Intima.Snapshots;

/// <summary>What one snapshot comparison found and did.</summary>
public enum SnapshotOutcome
{
    /// <summary>The content equals the verified file; any stale received file was deleted. Passes.</summary>
    Matched,

    /// <summary>No verified file existed; the content was written as received (<see cref="SnapshotMode.Compare"/>). Reported, passes.</summary>
    Created,

    /// <summary>The content differs from the verified file; it was written as received. Fails.</summary>
    Mismatched,

    /// <summary>No verified file existed in <see cref="SnapshotMode.Strict"/>; the content was written as received. Fails.</summary>
    Missing,

    /// <summary>The content was written as the verified file (<see cref="SnapshotMode.Accept"/>). Passes.</summary>
    Accepted,
}
