using System.Text;

namespace Intima.IO;

/// <summary>
/// Replaces a file in one step: the text goes to a temporary file in the same folder, which is then moved over the
/// target. A process killed mid-write leaves the old file or the new one, never half of one.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM, creating the folder if needed.</summary>
    /// <param name="path">The file to replace.</param>
    /// <param name="text">The new content.</param>
    /// <param name="tempSuffix">Ending of the temporary file's name, e.g. one that .gitignore covers.</param>
    public static void WriteAllText(string path, string text, string tempSuffix = ".tmp")
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + tempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8NoBom.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp); // nothing to delete after a successful move
        }
    }
}
