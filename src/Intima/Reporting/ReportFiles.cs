using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using Intima.IO;

namespace Intima.Reporting;

/// <summary>File writing shared by the report writers: atomic replace, one JSON style.</summary>
internal static class ReportFiles
{
    /// <summary>Indented camelCase JSON. Relaxed escaping keeps model text readable; these files are data, never HTML.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes UTF-8 text (no BOM) through a temporary file, so a reader never sees half a file.</summary>
    public static void WriteText(string path, string text) => AtomicFile.WriteAllText(path, text);

    /// <summary>Writes an object as JSON with <see cref="Json"/>.</summary>
    public static void WriteJson<T>(string path, T value) => WriteText(path, JsonSerializer.Serialize(value, Json) + "\n");
}
