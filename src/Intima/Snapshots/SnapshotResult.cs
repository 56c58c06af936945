namespace Intima.Snapshots;

/// <summary>The result of verifying one snapshot.</summary>
/// <param name="Outcome">What was found and done.</param>
/// <param name="VerifiedPath">Full path of the <c>.verified.md</c> file (it may not exist).</param>
/// <param name="ReceivedPath">Full path of the <c>.received.md</c> file written by this check; null when none was left.</param>
/// <param name="Diff">Unified diff from verified to received on a mismatch; null otherwise.</param>
/// <param name="Message">What happened, in a sentence or two; on a failure it also holds the diff and the accept command.</param>
public sealed record SnapshotResult(SnapshotOutcome Outcome, string VerifiedPath, string? ReceivedPath, string? Diff, string Message)
{
    /// <summary>True for <see cref="SnapshotOutcome.Mismatched"/> and <see cref="SnapshotOutcome.Missing"/>.</summary>
    public bool IsFailure => Outcome is SnapshotOutcome.Mismatched or SnapshotOutcome.Missing;

    /// <summary>The message to fail a test with, or null when the result passes.</summary>
    public string? FailureMessage => IsFailure ? Message : null;
}
