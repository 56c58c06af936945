using System.Text;
using Intima.StandIn;
using Microsoft.Extensions.AI;
using OllamaSharp;

namespace Intima.Tests.StandIn;

/// <summary>Small helpers to talk to a stand-in the way the project does: OllamaSharp as IChatClient, or plain HTTP.</summary>
internal static class StandInClient
{
    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public static IChatClient Chat(StandInServer server, string? model = null) =>
        new OllamaApiClient(server.BaseAddress, model ?? StandInModel.Boundaries.Name);

    public static async Task<string> AskAsync(StandInServer server, string prompt, ChatOptions? options = null, string? model = null)
    {
        using var client = Chat(server, model);
        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, prompt)], options, Token);
        return response.Text;
    }

    public static async Task<(string Text, int Updates, ChatFinishReason? Finish)> StreamAsync(
        StandInServer server, string prompt, ChatOptions? options = null, string? model = null)
    {
        using var client = Chat(server, model);
        var text = new StringBuilder();
        var updates = 0;
        ChatFinishReason? finish = null;
        await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, prompt)], options, Token))
        {
            text.Append(update.Text);
            updates++;
            finish ??= update.FinishReason;
        }

        return (text.ToString(), updates, finish);
    }

    public static HttpClient Http(StandInServer server) => new() { BaseAddress = server.BaseAddress };

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
