using System.Text.Json;
using Intima.IO;

namespace Intima.Generation;

/// <summary>
/// Responses on disk, one JSON file per key, written atomically (temp file, then rename) so that a killed run never leaves
/// a half-written answer. Several processes may share one store: <see cref="LockAsync"/> serialises work on a key.
/// </summary>
public sealed class ResponseStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Opens (and creates) a store in <paramref name="directory"/>.</summary>
    public ResponseStore(string directory)
    {
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "responses"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "locks"));
    }

    /// <summary>The store's folder.</summary>
    public string Directory { get; }

    /// <summary>Returns the stored response for <paramref name="key"/>, or null when there is none (or it is unreadable).</summary>
    public StoredResponse? TryRead(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var response = JsonSerializer.Deserialize<StoredResponse>(File.ReadAllText(path), Json);
            // A file from an older version may lack fields: treat it as absent rather than fail later.
            return response is { Text: not null, Prompt: not null, CaseId: not null } && response.Key == key ? response : null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            // Unreadable (e.g. written by an incompatible version): treat as absent and generate again.
            return null;
        }
    }

    /// <summary>Stores a response atomically, replacing any earlier one for the same key.</summary>
    public void Write(StoredResponse response)
    {
        AtomicFile.WriteAllText(PathOf(response.Key), JsonSerializer.Serialize(response, Json));
    }

    /// <summary>
    /// Takes an exclusive, cross-process lock on <paramref name="key"/>; dispose the result to release it. A process that
    /// dies releases its locks with it (the OS drops them).
    /// </summary>
    public async ValueTask<IDisposable> LockAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Directory, "locks", key + ".lock");
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (DirectoryNotFoundException)
            {
                // The store was cleaned while we ran: recreate its folder rather than wait for a lock nobody holds.
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            }
            catch (IOException e) when (e is not (PathTooLongException or FileNotFoundException))
            {
                // Held by another process (or another writer here): wait and retry.
                await Task.Delay(TimeSpan.FromMilliseconds(25), cancellationToken);
            }
        }
    }

    private string PathOf(string key)
    {
        if (key.Length < 8 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A store key is lower-case hex.", nameof(key));
        }

        return Path.Combine(Directory, "responses", key + ".json");
    }
}
