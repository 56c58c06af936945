using Intima.Configuration;

namespace Intima.Models;

/// <summary>Where and how to reach the model under test: the resolved address plus the settings that matter for requests.</summary>
/// <param name="Provider">The protocol: Ollama's API (also used for the stand-in) or an OpenAI-compatible one.</param>
/// <param name="Address">Base URL: the Ollama host, or the OpenAI-compatible API root (e.g. http://host:8000/v1).</param>
/// <param name="Model">The model name.</param>
/// <param name="ApiKey">Bearer key for OpenAI-compatible servers; never logged.</param>
/// <param name="Timeout">Time allowed for one request.</param>
public sealed record ModelConnection(ModelProvider Provider, Uri Address, string Model, string? ApiKey, TimeSpan Timeout)
{
    /// <summary>True when requests go over Ollama's REST API (Ollama itself or the stand-in).</summary>
    public bool SpeaksOllama => Provider is ModelProvider.Ollama or ModelProvider.StandIn;

    /// <summary>Redacts the key.</summary>
    public override string ToString() => $"{Provider} {Model} at {Address}";
}
