namespace Intima.Snapshots;

/// <summary>Settings of a <see cref="SnapshotVerifier"/>.</summary>
/// <param name="Root">Directory that holds the snapshot tree; relative snapshot paths resolve under it.</param>
/// <param name="Mode">How mismatches and missing snapshots are treated. Default <see cref="SnapshotMode.Compare"/>.</param>
public sealed record SnapshotOptions(string Root, SnapshotMode Mode = SnapshotMode.Compare)
{
    /// <summary>The command printed in failure messages: it renames every received file under the root to verified.</summary>
    public const string DefaultAcceptCommand = "dotnet run --project src/Intima.Cli -- snapshots accept";

    /// <summary>Environment variable that selects <see cref="SnapshotMode.Accept"/> when set to <c>1</c> or <c>true</c>.</summary>
    public const string AcceptVariable = "INTIMA_ACCEPT";

    /// <summary>The one command a failure message tells people to run to accept. Default <see cref="DefaultAcceptCommand"/>.</summary>
    public string AcceptCommand { get; init; } = DefaultAcceptCommand;
}
