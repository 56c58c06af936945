namespace Intima.Snapshots;

/// <summary>
/// Compares text with a reviewed <c>.verified.md</c> file under a root directory, following Verify's conventions:
/// new or changed output goes to a <c>.received.md</c> file beside it for review; accepting renames it to verified.
/// </summary>
public sealed class SnapshotVerifier
{
    private readonly SnapshotOptions _options;
    private readonly string _root;

    /// <summary>Creates a verifier.</summary>
    public SnapshotVerifier(SnapshotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Root);
        _options = options;
        _root = Path.GetFullPath(options.Root);
    }

    /// <summary>The options in use.</summary>
    public SnapshotOptions Options => _options;

    /// <summary>
    /// Verifies <paramref name="content"/> against <c>{root}/{relativePathWithoutExtension}.verified.md</c>.
    /// Line endings are normalised to LF before comparing and writing. On a match any stale received file is deleted.
    /// </summary>
    /// <param name="relativePathWithoutExtension">Path under the root with '/' separators, e.g. from <see cref="SnapshotPaths.For(string, Dataset.IntimaCase)"/>.</param>
    /// <param name="content">The text to verify.</param>
    /// <exception cref="ArgumentException">The path is rooted, empty, or resolves outside the root.</exception>
    public SnapshotResult Verify(string relativePathWithoutExtension, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var basePath = Resolve(relativePathWithoutExtension);
        var verified = basePath + SnapshotFiles.VerifiedSuffix;
        var received = basePath + SnapshotFiles.ReceivedSuffix;
        var text = SnapshotFiles.Normalize(content);
        var exists = File.Exists(verified);
        var matches = exists && SnapshotFiles.Read(verified) == text;

        if (matches)
        {
            SnapshotFiles.DeleteIfExists(received);
            return new SnapshotResult(SnapshotOutcome.Matched, verified, null, null, $"Snapshot matches {verified}.");
        }

        if (_options.Mode == SnapshotMode.Accept)
        {
            SnapshotFiles.WriteAtomic(verified, text);
            SnapshotFiles.DeleteIfExists(received);
            return new SnapshotResult(SnapshotOutcome.Accepted, verified, null, null,
                $"Snapshot {(exists ? "updated" : "created")} and accepted: {verified}.");
        }

        SnapshotFiles.WriteAtomic(received, text);
        if (exists)
        {
            var diff = UnifiedDiff.Create(SnapshotFiles.Read(verified), text, Relative(verified), Relative(received));
            return new SnapshotResult(SnapshotOutcome.Mismatched, verified, received, diff,
                $"Snapshot mismatch: {verified} differs from this run's output, written to {received}.\n" +
                $"Review the diff below; if the new output is right, accept it with:\n    {_options.AcceptCommand}\n\n{diff}");
        }

        if (_options.Mode == SnapshotMode.Strict)
        {
            return new SnapshotResult(SnapshotOutcome.Missing, verified, received, null,
                $"Snapshot missing: {verified} does not exist, and in CI every snapshot must be reviewed and committed. " +
                $"This run's output was written to {received}. Run the tests locally, review, then accept with:\n    {_options.AcceptCommand}");
        }

        return new SnapshotResult(SnapshotOutcome.Created, verified, received, null,
            $"New snapshot: {verified} did not exist; this run's output was written to {received}. " +
            $"Review it, then accept with:\n    {_options.AcceptCommand}");
    }

    private string Resolve(string relative)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relative, nameof(relative));
        if (Path.IsPathRooted(relative))
        {
            throw new ArgumentException($"Snapshot path must be relative to the root: {relative}", nameof(relative));
        }

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(_root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Snapshot path resolves outside the root {_root}: {relative}", nameof(relative));
        }

        return full;
    }

    // Diff headers show paths relative to the root with '/', so they read the same on every machine.
    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');
}
