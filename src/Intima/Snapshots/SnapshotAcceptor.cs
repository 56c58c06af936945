namespace Intima.Snapshots;

/// <summary>Accepts reviewed output: turns received files into verified ones. Backs <c>intima snapshots accept</c>.</summary>
public static class SnapshotAcceptor
{
    /// <summary>
    /// Renames every <c>*.received.md</c> under <paramref name="root"/> (recursively) to <c>*.verified.md</c>,
    /// overwriting, and returns how many were renamed. A missing root counts as nothing to accept.
    /// </summary>
    public static int AcceptAll(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var received = Directory.EnumerateFiles(root, "*" + SnapshotFiles.ReceivedSuffix, SearchOption.AllDirectories)
            .Where(p => p.EndsWith(SnapshotFiles.ReceivedSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var path in received)
        {
            var verified = path[..^SnapshotFiles.ReceivedSuffix.Length] + SnapshotFiles.VerifiedSuffix;
            File.Move(path, verified, overwrite: true);
        }

        return received.Count;
    }
}
