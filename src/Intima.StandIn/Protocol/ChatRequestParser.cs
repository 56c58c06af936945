using System.Text.Json;

namespace Intima.StandIn.Protocol;

/// <summary>Reads an <c>/api/chat</c> body; throws <see cref="JsonException"/> or <see cref="InvalidOperationException"/> when it is malformed.</summary>
internal static class ChatRequestParser
{
    public static async Task<StandInChatRequest> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        using var doc = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The request body must be a JSON object.");
        }

        var model = OptionalString(root, "model") ?? string.Empty;
        var messages = new List<StandInChatMessage>();
        if (root.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in list.EnumerateArray())
            {
                messages.Add(new StandInChatMessage(OptionalString(m, "role") ?? string.Empty, OptionalString(m, "content") ?? string.Empty));
            }
        }

        // Ollama streams unless told otherwise: an absent or null "stream" means true.
        var stream = !root.TryGetProperty("stream", out var s) || s.ValueKind != JsonValueKind.False;

        int? seed = null, numPredict = null;
        double? temperature = null;
        if (root.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object)
        {
            seed = OptionalInt(options, "seed");
            numPredict = OptionalInt(options, "num_predict");
            temperature = options.TryGetProperty("temperature", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null;
        }

        JsonElement? format = root.TryGetProperty("format", out var f)
            && f.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            && !(f.ValueKind == JsonValueKind.String && f.GetString()!.Length == 0)
            ? f.Clone()
            : null;

        return new StandInChatRequest(model, messages, seed, temperature, numPredict, stream, format);
    }

    /// <summary>Reads <c>model</c>, or the legacy <c>name</c>, from an <c>/api/show</c> body.</summary>
    public static async Task<string> ParseShowAsync(Stream body, CancellationToken cancellationToken)
    {
        using var doc = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The request body must be a JSON object.");
        }

        var model = OptionalString(doc.RootElement, "model");
        return string.IsNullOrEmpty(model) ? OptionalString(doc.RootElement, "name") ?? string.Empty : model;
    }

    private static string? OptionalString(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? OptionalInt(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Number)
        {
            return null;
        }

        // Clients sometimes send whole numbers as 42.0; anything outside int range is clamped.
        return v.TryGetInt32(out var i) ? i : (int)Math.Clamp(Math.Truncate(v.GetDouble()), int.MinValue, int.MaxValue);
    }
}
