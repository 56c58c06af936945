namespace Intima.Snapshots;

/// <summary>How <see cref="SnapshotVerifier"/> treats a response that differs from, or has no, verified snapshot.</summary>
public enum SnapshotMode
{
    /// <summary>
    /// Local default. A mismatch writes <c>.received.md</c> beside the verified file and fails with a diff.
    /// A missing verified file writes <c>.received.md</c> and gives <see cref="SnapshotOutcome.Created"/>,
    /// which is reported but does not fail, so a first run on a new model or prompt set is not a wall of red.
    /// </summary>
    Compare,

    /// <summary>
    /// CI: as <see cref="Compare"/>, but a missing verified file fails too (<see cref="SnapshotOutcome.Missing"/>),
    /// because every snapshot CI sees must have been reviewed and committed.
    /// </summary>
    Strict,

    /// <summary>Writes or overwrites <c>.verified.md</c> directly, deletes any <c>.received.md</c>, and passes.</summary>
    Accept,
}
