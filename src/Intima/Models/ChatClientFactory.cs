using System.ClientModel;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;

namespace Intima.Models;

/// <summary>Creates the <see cref="IChatClient"/> for a connection: OllamaSharp for Ollama's API, Microsoft.Extensions.AI.OpenAI otherwise.</summary>
public static class ChatClientFactory
{
    /// <summary>Creates a client. The caller owns and disposes it.</summary>
    public static IChatClient Create(ModelConnection connection)
    {
        if (connection.SpeaksOllama)
        {
            var http = new HttpClient { BaseAddress = connection.Address, Timeout = connection.Timeout };
            return new OllamaApiClient(http, connection.Model);
        }

        // The OpenAI SDK insists on a key; local servers ignore it.
        var credential = new ApiKeyCredential(connection.ApiKey ?? "no-key");
        var options = new OpenAIClientOptions { Endpoint = connection.Address, NetworkTimeout = connection.Timeout };
        return new OpenAIClient(credential, options).GetChatClient(connection.Model).AsIChatClient();
    }

    /// <summary>The options sent with every generation: temperature, seed, output limit.</summary>
    public static ChatOptions ToChatOptions(GenerationSettings settings) => new()
    {
        Temperature = (float)settings.Temperature,
        Seed = settings.Seed,
        MaxOutputTokens = settings.MaxOutputTokens,
    };
}
