using System.Text;
using Intima.IO;

namespace Intima.Snapshots;

/// <summary>File conventions shared by the verifier and the acceptor: suffixes, text normalisation, atomic writes.</summary>
public static class SnapshotFiles
{
    /// <summary>Suffix of a reviewed, committed snapshot.</summary>
    public const string VerifiedSuffix = ".verified.md";

    /// <summary>Suffix of output awaiting review (git-ignored).</summary>
    public const string ReceivedSuffix = ".received.md";

    /// <summary>Suffix of the temporary file an atomic write goes through.</summary>
    public const string TempSuffix = ".snapshot-tmp";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The form snapshots are stored and compared in: no byte-order mark, LF line endings (CRLF and lone CR become LF),
    /// and exactly the text's own content followed by one final LF when it does not already end with one.
    /// </summary>
    public static string Normalize(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.StartsWith('\uFEFF') ? content[1..] : content;
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.EndsWith('\n') ? text : text + "\n";
    }

    /// <summary>Reads a snapshot file and normalises it, so a checkout with CRLF endings still matches.</summary>
    public static string Read(string path) => Normalize(File.ReadAllText(path, Utf8NoBom));

    /// <summary>
    /// Writes normalised <paramref name="content"/> as UTF-8 without BOM via a temporary file in the same directory
    /// that is then moved over <paramref name="path"/>, so a run killed mid-write never leaves a half-written snapshot.
    /// </summary>
    public static void WriteAtomic(string path, string content)
    {
        AtomicFile.WriteAllText(path, Normalize(content), TempSuffix);
    }

    /// <summary>Deletes a file if it exists.</summary>
    internal static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
