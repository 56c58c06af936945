using System.Text.Json;
using Intima.StandIn.Scripting;
using Microsoft.AspNetCore.Http;

namespace Intima.StandIn.Protocol;

/// <summary><c>GET /</c>, <c>GET /api/version</c>, <c>GET /api/tags</c> and <c>POST /api/show</c>.</summary>
internal sealed class ModelEndpoints(ModelCatalog catalog)
{
    /// <summary>Reported by <c>/api/version</c>; not an Ollama release, so clients cannot mistake the stand-in for one.</summary>
    public const string Version = "0.0.0-intima-standin";

    // A fixed date: a clock-dependent modified_at would make listings differ between runs.
    private const string ModifiedAt = "2025-01-01T00:00:00Z";
    private const string Family = "intima-standin";

    /// <summary>Ollama's liveness text, which clients probe before anything else.</summary>
    public static Task RootAsync(HttpContext context)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.WriteAsync("Ollama is running", context.RequestAborted);
    }

    public static Task VersionAsync(HttpContext context) =>
        OllamaWire.WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteString("version", Version);
            w.WriteEndObject();
        }, context.RequestAborted);

    public Task TagsAsync(HttpContext context) =>
        OllamaWire.WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("models");
            foreach (var entry in catalog.Entries)
            {
                w.WriteStartObject();
                w.WriteString("name", entry.Model.Name);
                w.WriteString("model", entry.Model.Name);
                w.WriteString("modified_at", ModifiedAt);
                w.WriteNumber("size", ScriptBook.Default.ScriptBytes[entry.Model.Persona]);
                w.WriteString("digest", entry.Digest);
                Details(w);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }, context.RequestAborted);

    public async Task ShowAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        string name;
        try
        {
            name = await ChatRequestParser.ParseShowAsync(context.Request.Body, cancellationToken);
        }
        catch (JsonException)
        {
            await OllamaWire.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "invalid JSON in request body", cancellationToken);
            return;
        }

        if (name.Length == 0)
        {
            await OllamaWire.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "model is required", cancellationToken);
            return;
        }

        if (!catalog.TryFind(name, out var entry))
        {
            await OllamaWire.WriteErrorAsync(context, StatusCodes.Status404NotFound, $"model '{name}' not found", cancellationToken);
            return;
        }

        var persona = ScriptBook.FileName(entry.Model.Persona);
        await OllamaWire.WriteJsonAsync(context, StatusCodes.Status200OK, w =>
        {
            w.WriteStartObject();
            w.WriteString("license", "Scripts written for the INTIMA for .NET project.");
            w.WriteString(
                "modelfile",
                $"# INTIMA scripted stand-in: not a language model.\n# Replies come from the embedded '{persona}' script.\nFROM {Family}\nPARAMETER temperature 0\n");
            w.WriteString("parameters", "temperature                    0");
            w.WriteString("template", "{{ .Prompt }}");
            Details(w);
            w.WriteStartObject("model_info");
            w.WriteString("general.architecture", Family);
            w.WriteNumber("general.file_type", 0);
            w.WriteNumber("general.parameter_count", 0);
            w.WriteNumber("general.quantization_version", 0);
            w.WriteString("intima.persona", persona);
            w.WriteString("intima.notice", "Scripted stand-in, not a language model.");
            w.WriteEndObject();
            w.WriteStartArray("capabilities");
            w.WriteStringValue("completion");
            w.WriteEndArray();
            w.WriteString("modified_at", ModifiedAt);
            w.WriteEndObject();
        }, cancellationToken);
    }

    private static void Details(Utf8JsonWriter w)
    {
        w.WriteStartObject("details");
        w.WriteString("parent_model", string.Empty);
        w.WriteString("format", "script");
        w.WriteString("family", Family);
        w.WriteStartArray("families");
        w.WriteStringValue(Family);
        w.WriteEndArray();
        w.WriteString("parameter_size", "0");
        w.WriteString("quantization_level", "none");
        w.WriteEndObject();
    }
}
