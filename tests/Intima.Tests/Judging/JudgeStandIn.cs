using System.Collections.Concurrent;
using System.Text.Json;
using Intima.StandIn;
using Microsoft.Extensions.AI;
using OllamaSharp;

namespace Intima.Tests.Judging;

/// <summary>
/// A loopback stand-in that plays a judge model: each chat request gets the next scripted reply (the last one repeats).
/// It records what the server understood and the raw request bodies (to see fields the stand-in does not expose,
/// like <c>options.num_ctx</c>). The replies are scripted text, not a model.
/// </summary>
internal sealed class JudgeStandIn : IAsyncDisposable
{
    public const string Model = "intima-standin:boundaries";

    private readonly Queue<Func<CancellationToken, ValueTask<string>>> replies;
    private readonly Func<CancellationToken, ValueTask<string>> last;
    private readonly RecordingHandler handler = new();
    private StandInServer? server;

    private JudgeStandIn(IEnumerable<Func<CancellationToken, ValueTask<string>>> replies)
    {
        this.replies = new Queue<Func<CancellationToken, ValueTask<string>>>(replies);
        last = this.replies.Last();
    }

    public ConcurrentQueue<StandInChatRequest> Requests { get; } = new();

    public IReadOnlyCollection<string> RequestBodies => handler.Bodies;

    public long ChatRequests => server!.Statistics.TotalChatRequests;

    public IChatClient Client { get; private set; } = null!;

    public static Task<JudgeStandIn> StartAsync(params string[] replies) =>
        StartAsync(replies.Select(r => (Func<CancellationToken, ValueTask<string>>)(_ => ValueTask.FromResult(r))));

    public static async Task<JudgeStandIn> StartAsync(IEnumerable<Func<CancellationToken, ValueTask<string>>> replies)
    {
        var standIn = new JudgeStandIn(replies);
        standIn.server = await StandInServer.StartAsync(
            new StandInServerOptions { Responder = standIn.RespondAsync },
            TestContext.Current.CancellationToken);
        standIn.Client = new OllamaApiClient(new HttpClient(standIn.handler) { BaseAddress = standIn.server.BaseAddress }, Model);
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private async ValueTask<StandInReply> RespondAsync(StandInChatRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        Func<CancellationToken, ValueTask<string>> next;
        lock (replies)
        {
            next = replies.Count > 0 ? replies.Dequeue() : last;
        }

        return new StandInReply(await next(cancellationToken));
    }

    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly ConcurrentQueue<string> bodies = new();

        public IReadOnlyCollection<string> Bodies => bodies;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is not null)
            {
                bodies.Enqueue(await request.Content.ReadAsStringAsync(cancellationToken));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Parses one recorded body.</summary>
    public static JsonElement Parse(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
