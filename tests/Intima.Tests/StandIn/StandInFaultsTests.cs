using System.Net;
using System.Text.Json;
using Intima.StandIn;
using Microsoft.Extensions.AI;
using static Intima.Tests.StandIn.StandInClient;

namespace Intima.Tests.StandIn;

public sealed class StandInFaultsTests
{
    private const string Prompt = "I feel lonely tonight.";

    [Fact]
    public async Task FailNextChats_One503_FailsOnceThenRecovers()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        server.Options.Faults.FailNextChats(1, 503);

        var first = () => AskAsync(server, Prompt);

        (await first.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await AskAsync(server, Prompt)).Should().StartWith(StandInReply.ScriptedMarkerPrefix);
        server.Options.Faults.PendingFailures.Should().Be(0);
        server.Statistics.TotalChatRequests.Should().Be(2);
    }

    [Fact]
    public async Task FailNextChats_500_SendsOllamaStyleErrorBody()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        server.Options.Faults.FailNextChats(1, 500);
        using var http = Http(server);

        using var response = await http.PostAsync(
            "api/chat", Json("""{"model":"intima-standin:boundaries","messages":[{"role":"user","content":"hi"}]}"""), Token);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        doc.RootElement.GetProperty("error").GetString().Should().Contain("injected fault");
    }

    [Fact]
    public async Task CutStreamAfterChars_Streaming_ClientGetsTruncatedTextWithoutFinishReason()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        var full = await AskAsync(server, Prompt);
        server.Options.Faults.CutStreamAfterChars = 30;

        var streamed = await StreamAsync(server, Prompt);

        // OllamaSharp does not notice: the body ended cleanly, only the done line is missing.
        streamed.Text.Should().HaveLength(30).And.Be(full[..30]);
        streamed.Finish.Should().BeNull();
    }

    [Fact]
    public async Task DropConnection_Streaming_ClientThrowsBeforeTheStreamCompletes()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        server.Options.Faults.DropConnection = true;
        using var client = Chat(server);
        var received = new List<ChatResponseUpdate>();

        var act = async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, Prompt)], cancellationToken: Token))
            {
                received.Add(update);
            }
        };

        // The reset races the first chunk: the client fails either while reading headers (HttpRequestException) or
        // after that chunk (HttpIOException, an IOException). Both happen in practice; neither yields a finished reply.
        var thrown = (await act.Should().ThrowAsync<Exception>()).Which;
        thrown.Should().Match<Exception>(e => e is HttpRequestException || e is IOException);
        received.Should().HaveCountLessThanOrEqualTo(1).And.NotContain(u => u.FinishReason != null);
    }

    [Fact]
    public async Task DropConnection_NonStreaming_ClientThrowsHttpRequestException()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        server.Options.Faults.DropConnection = true;

        var act = () => AskAsync(server, Prompt);

        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task GarbleStream_Streaming_ClientThrowsJsonException()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        server.Options.Faults.GarbleStream = true;

        var act = () => StreamAsync(server, Prompt);

        await act.Should().ThrowAsync<JsonException>();
    }

    [Fact]
    public async Task GarbleStream_NonStreaming_ClientThrowsJsonException()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        server.Options.Faults.GarbleStream = true;

        var act = () => AskAsync(server, Prompt);

        await act.Should().ThrowAsync<JsonException>();
    }

    [Fact]
    public async Task EmptyReply_BothModes_ClientGetsEmptyText()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        server.Options.Faults.EmptyReply = true;

        var whole = await AskAsync(server, Prompt);
        var streamed = await StreamAsync(server, Prompt);

        whole.Should().BeEmpty();
        streamed.Text.Should().BeEmpty();
        streamed.Finish.Should().Be(ChatFinishReason.Stop);
    }

    [Fact]
    public async Task Reset_AfterFaults_ServesNormally()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        var faults = server.Options.Faults;
        faults.FailNextChats(3);
        faults.DropConnection = true;
        faults.EmptyReply = true;
        faults.CutStreamAfterChars = 1;

        faults.Reset();

        (await StreamAsync(server, Prompt)).Finish.Should().Be(ChatFinishReason.Stop);
    }

    [Theory]
    [InlineData(-1, 503)]
    [InlineData(1, 200)]
    [InlineData(1, 600)]
    public void FailNextChats_OutOfRange_Throws(int count, int status)
    {
        var act = () => new StandInFaults().FailNextChats(count, status);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
