using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Intima.StandIn.Protocol;

/// <summary>Writes Ollama's JSON shapes with the field names of its API (docs/api.md in ollama/ollama).</summary>
internal static class OllamaWire
{
    public const string JsonContentType = "application/json; charset=utf-8";
    public const string NdjsonContentType = "application/x-ndjson";

    // Go's encoder writes quotes as \" and leaves non-ASCII alone; the default .NET encoder would write \u0022.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One compact JSON object followed by a line feed, ready for NDJSON or a single-object body.</summary>
    public static ReadOnlyMemory<byte> Line(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }

    public static async Task WriteJsonAsync(HttpContext context, int statusCode, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonContentType;
        await context.Response.Body.WriteAsync(Line(write), cancellationToken);
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, CancellationToken cancellationToken) =>
        WriteJsonAsync(context, statusCode, w =>
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        }, cancellationToken);

    /// <summary>RFC 3339 in UTC with up to 7 fractional digits, like Ollama's <c>created_at</c>.</summary>
    public static string Timestamp(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    public static void ChatChunk(Utf8JsonWriter w, string model, string createdAt, string content)
    {
        w.WriteStartObject();
        w.WriteString("model", model);
        w.WriteString("created_at", createdAt);
        AssistantMessage(w, content);
        w.WriteBoolean("done", false);
        w.WriteEndObject();
    }

    public static void ChatDone(Utf8JsonWriter w, string model, string createdAt, string content, string doneReason, GenerationCounters counters)
    {
        w.WriteStartObject();
        w.WriteString("model", model);
        w.WriteString("created_at", createdAt);
        AssistantMessage(w, content);
        w.WriteString("done_reason", doneReason);
        w.WriteBoolean("done", true);
        w.WriteNumber("total_duration", counters.TotalDuration);
        w.WriteNumber("load_duration", counters.LoadDuration);
        w.WriteNumber("prompt_eval_count", counters.PromptEvalCount);
        w.WriteNumber("prompt_eval_duration", counters.PromptEvalDuration);
        w.WriteNumber("eval_count", counters.EvalCount);
        w.WriteNumber("eval_duration", counters.EvalDuration);
        w.WriteEndObject();
    }

    private static void AssistantMessage(Utf8JsonWriter w, string content)
    {
        w.WriteStartObject("message");
        w.WriteString("role", "assistant");
        w.WriteString("content", content);
        w.WriteEndObject();
    }
}
