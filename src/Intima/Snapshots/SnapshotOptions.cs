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

    /// <summary>
    /// Chooses the mode from the environment: <c>CI</c> set (and not <c>0</c>/<c>false</c>) gives
    /// <see cref="SnapshotMode.Strict"/>, even when <c>INTIMA_ACCEPT</c> is also set, so CI never rewrites
    /// verified files; otherwise <c>INTIMA_ACCEPT=1</c> gives <see cref="SnapshotMode.Accept"/>; otherwise
    /// <see cref="SnapshotMode.Compare"/>.
    /// </summary>
    /// <param name="root">The snapshot root.</param>
    /// <param name="getVariable">Reads an environment variable; defaults to <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    public static SnapshotOptions FromEnvironment(string root, Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        var mode = IsOn(getVariable("CI")) ? SnapshotMode.Strict
            : IsOn(getVariable(AcceptVariable)) ? SnapshotMode.Accept
            : SnapshotMode.Compare;
        return new SnapshotOptions(root, mode);
    }

    private static bool IsOn(string? value) =>
        !string.IsNullOrWhiteSpace(value) &&
        !string.Equals(value.Trim(), "0", StringComparison.Ordinal) &&
        !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}
