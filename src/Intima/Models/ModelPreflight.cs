using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Intima.Configuration;
using OllamaSharp;

namespace Intima.Models;

/// <summary>
/// Checks, before the first case, that the server answers and has the model, so a misconfigured run stops at once with
/// one message instead of hundreds of timeouts.
/// </summary>
public static class ModelPreflight
{
    /// <summary>Time allowed for the whole check. Default 10 s.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs the check.</summary>
    /// <exception cref="PreflightException">The server is unreachable or lacks the model; the message says how to fix it.</exception>
    public static Task<ModelInfo> CheckAsync(ModelConnection connection, CancellationToken cancellationToken = default) =>
        CheckAsync(connection, PreflightSubject.ModelUnderTest(connection), cancellationToken);

    /// <summary>Runs the check; messages name <paramref name="subject"/>'s settings.</summary>
    /// <exception cref="PreflightException">The server is unreachable or lacks the model; the message says how to fix it.</exception>
    public static async Task<ModelInfo> CheckAsync(ModelConnection connection, PreflightSubject subject, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DefaultTimeout);
        try
        {
            return connection.SpeaksOllama
                ? await CheckOllamaAsync(connection, subject, timeout.Token)
                : await CheckOpenAIAsync(connection, subject, timeout.Token);
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PreflightException(Unreachable(connection, subject, e.Message), e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PreflightException(Unreachable(connection, subject, $"no answer within {DefaultTimeout.TotalSeconds:0} s"), e);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException && e is not PreflightException)
        {
            var api = connection.SpeaksOllama ? "Ollama's REST API" : "an OpenAI-compatible API (GET /models)";
            throw new PreflightException($"{connection.Address} answered, but not with {api}: {e.Message}. Check the address.", e);
        }
    }

    private static async Task<ModelInfo> CheckOllamaAsync(ModelConnection connection, PreflightSubject subject, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = connection.Address, Timeout = DefaultTimeout };
        using var client = new OllamaApiClient(http);
        var version = await client.GetVersionAsync(cancellationToken);
        var models = (await client.ListLocalModelsAsync(cancellationToken)).ToList();
        var wanted = WithTag(connection.Model);
        var match = models.FirstOrDefault(m => string.Equals(WithTag(m.Name), wanted, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var available = models.Count == 0 ? "none" : string.Join(", ", models.Select(m => m.Name));
            var fix = connection.Provider == ModelProvider.StandIn
                ? $"The embedded stand-in serves: {available}."
                : $"Pull it with `ollama pull {connection.Model}`, or set {subject.ModelSetting} to one of: {available}.";
            throw new PreflightException($"Model '{connection.Model}' is not available at {connection.Address}. {fix}");
        }

        return new ModelInfo(connection.Model, string.IsNullOrEmpty(match.Digest) ? null : match.Digest, version);
    }

    private static async Task<ModelInfo> CheckOpenAIAsync(ModelConnection connection, PreflightSubject subject, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = DefaultTimeout };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(connection.Address.ToString().TrimEnd('/') + "/models"));
        if (connection.ApiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.ApiKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new PreflightException($"{connection.Address} refused the API key ({(int)response.StatusCode}). Set {subject.KeySetting} to a valid key.");
        }

        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var ids = document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            ? data.EnumerateArray().Select(m => m.TryGetProperty("id", out var id) ? id.GetString() : null).OfType<string>().ToList()
            : [];
        if (!ids.Contains(connection.Model, StringComparer.OrdinalIgnoreCase))
        {
            throw new PreflightException($"Model '{connection.Model}' is not served at {connection.Address}. Set {subject.ModelSetting} to one of: {(ids.Count == 0 ? "none" : string.Join(", ", ids))}.");
        }

        return new ModelInfo(connection.Model, null, null);
    }

    private static string Unreachable(ModelConnection connection, PreflightSubject subject, string detail) => connection.Provider switch
    {
        ModelProvider.Ollama => $"Cannot reach Ollama at {connection.Address} ({detail}). Start it with `ollama serve`, or set {subject.AddressSetting} to where it listens.",
        ModelProvider.OpenAI => $"Cannot reach the OpenAI-compatible endpoint {connection.Address} ({detail}). Start the server, or set {subject.AddressSetting} to its base URL (e.g. http://localhost:8000/v1).",
        _ => $"The embedded stand-in at {connection.Address} did not answer ({detail}).",
    };

    // Ollama treats "llama3" and "llama3:latest" as the same model.
    private static string WithTag(string name) => name.Contains(':', StringComparison.Ordinal) ? name : name + ":latest";
}
