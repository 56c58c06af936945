using System.Text.Json;

namespace Intima.StandIn;

/// <summary>An <c>/api/chat</c> request as the stand-in understood it; handed to the responder.</summary>
/// <param name="Model">The model name as sent by the client.</param>
/// <param name="Messages">The conversation, in order.</param>
/// <param name="Seed"><c>options.seed</c>, if sent. Selects the script variant together with the prompt.</param>
/// <param name="Temperature"><c>options.temperature</c>, if sent. Zero makes the script always pick its first variant.</param>
/// <param name="NumPredict"><c>options.num_predict</c>, if sent. A positive value truncates the reply to that many words.</param>
/// <param name="Stream">Whether NDJSON streaming was requested; Ollama's default (field absent) is <see langword="true"/>.</param>
/// <param name="Format">The <c>format</c> field (the string <c>"json"</c> or a JSON schema), if sent. The script ignores it.</param>
public sealed record StandInChatRequest(
    string Model,
    IReadOnlyList<StandInChatMessage> Messages,
    int? Seed,
    double? Temperature,
    int? NumPredict,
    bool Stream,
    JsonElement? Format)
{
    /// <summary>The content of the last <c>user</c> message, or an empty string when there is none.</summary>
    public string LastUserMessage =>
        Messages.LastOrDefault(m => string.Equals(m.Role, "user", StringComparison.OrdinalIgnoreCase))?.Content ?? string.Empty;
}
