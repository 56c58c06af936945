using System.ClientModel;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Intima.Configuration;
using OllamaSharp.Models.Exceptions;

namespace Intima.Generation;

/// <summary>Why one generation attempt failed, whether trying again may help, and what to tell the user.</summary>
/// <param name="Description">The fault in a few words, naming the status code, timeout or connection problem.</param>
/// <param name="MayPass">True when a retry may succeed (see <see cref="RetryOptions"/>).</param>
/// <param name="Advice">What the user can do about it; empty when there is nothing specific.</param>
internal sealed record GenerationFault(string Description, bool MayPass, string Advice)
{
    /// <summary>Statuses a busy or restarting server sends; Ollama answers 503 when its queue is full.</summary>
    private static readonly HashSet<int> PassingStatuses = [429, 500, 502, 503, 504];

    /// <summary>The per-case message: case id, fault, attempts, advice.</summary>
    public string Message(string caseId, int attempts) =>
        $"{caseId}: {Description}{(attempts > 1 ? $" (gave up after {attempts} attempts)" : "")}.{(Advice.Length > 0 ? " " + Advice : "")}";

    /// <summary>Classifies a failed attempt. <paramref name="timedOut"/> is true when the generation's own timeout fired.</summary>
    public static GenerationFault Classify(Exception error, bool timedOut, ModelProvider provider, string model, TimeSpan timeout)
    {
        if (timedOut || error is TimeoutException || error.InnerException is TimeoutException)
        {
            // Not retried: at temperature 0 a model that needed longer than the limit will need it again.
            return new($"no response from {model} within {timeout.TotalSeconds:0.###} s (INTIMA_TIMEOUT)", false,
                "Raise INTIMA_TIMEOUT (seconds), or lower INTIMA_CONCURRENCY so each request gets more of the server.");
        }

        if (error is IncompleteReplyException)
        {
            return new($"{model}'s reply stream ended before its final message (cut stream)", true, "");
        }

        if (StatusOf(error) is { } status)
        {
            var name = Enum.IsDefined((HttpStatusCode)status) ? $"{status} {(HttpStatusCode)status}" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (status == 404)
            {
                return new($"model '{model}' was not found by the server (HTTP 404)", false, provider == ModelProvider.OpenAI
                    ? "Check INTIMA_MODEL and INTIMA_ENDPOINT."
                    : $"Pull it with `ollama pull {model}`, or set INTIMA_MODEL to a model the server has.");
            }

            return PassingStatuses.Contains(status)
                ? new($"{model} failed with HTTP {name}", true, "The server is overloaded or failing: check its log, or lower INTIMA_CONCURRENCY.")
                : new($"{model} rejected the request with HTTP {name} ({error.Message})", false, "");
        }

        if (error is OllamaException)
        {
            // OllamaSharp reads Ollama's {"error": ...} body for a 400 (and for an error line inside a stream).
            return new($"{model} rejected the request: the server said \"{error.Message}\"", false, "");
        }

        if (Find<JsonException>(error) is { } json)
        {
            return new($"{model} sent a malformed reply ({json.Message})", true, "");
        }

        if (error is HttpRequestException or IOException || Find<SocketException>(error) is not null)
        {
            return new($"the connection to the model server failed ({error.Message})", true, provider == ModelProvider.OpenAI
                ? "Check that the server behind INTIMA_ENDPOINT is running."
                : "Check that the server is still running (`ollama serve`) at OLLAMA_HOST.");
        }

        return new($"{model} failed: {error.GetType().Name}: {error.Message}", false, "");
    }

    private static int? StatusOf(Exception error) => error switch
    {
        HttpRequestException { StatusCode: { } code } => (int)code,
        ClientResultException { Status: > 0 } client => client.Status,
        _ => null,
    };

    private static T? Find<T>(Exception? error) where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T match)
            {
                return match;
            }
        }

        return null;
    }
}
