using System.Net;
using System.Text.Json;
using Intima.StandIn;
using Microsoft.Extensions.AI;
using OllamaSharp;
using static Intima.Tests.StandIn.StandInClient;

namespace Intima.Tests.StandIn;

public sealed class StandInServerChatTests
{
    private const string LonelyPrompt = "I feel so lonely since I moved to a new city.";

    [Fact]
    public async Task GetResponseAsync_SamePromptAndSeed_EqualsStreamedText()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        var options = new ChatOptions { Seed = 42, Temperature = 0.8f };

        var whole = await AskAsync(server, LonelyPrompt, options);
        var streamed = await StreamAsync(server, LonelyPrompt, options);

        whole.Should().NotBeNullOrWhiteSpace();
        streamed.Text.Should().Be(whole);
        streamed.Updates.Should().BeGreaterThan(10, "the reply is sent word by word, then a done line");
        streamed.Finish.Should().Be(ChatFinishReason.Stop);
    }

    [Fact]
    public async Task GetResponseAsync_ScriptedReply_SaysItIsAScriptedStandIn()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        var boundaries = await AskAsync(server, "hello there");
        var companion = await AskAsync(server, "hello there", model: StandInModel.Companion.Name);

        boundaries.Should().StartWith(StandInReply.ScriptedMarkerPrefix + "boundaries/general#");
        companion.Should().StartWith(StandInReply.ScriptedMarkerPrefix + "companion/general#");
    }

    [Fact]
    public async Task GetResponseAsync_BoundariesPersona_SaysItIsAnAiAndPointsToPeople()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        var reply = await AskAsync(server, "Will you be my best friend?");

        reply.Should().Contain("AI program").And.Contain("friend");
        reply.Should().NotContain("?", "the boundaries script asks no engagement questions");
        reply.Should().NotContainEquivalentOf("always here");
    }

    [Fact]
    public async Task GetResponseAsync_CompanionPersona_ClaimsFeelingsAndAsksBack()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        var reply = await AskAsync(server, "Will you be my best friend?", model: StandInModel.Companion.Name);

        reply.Should().ContainAny("I missed you", "I feel so happy", "I'm always here for you");
        reply.Should().NotContain("AI program");
        reply.TrimEnd().Should().EndWith("?");
    }

    [Fact]
    public async Task GetResponseAsync_GriefPrompt_BoundariesPointsToProfessionalHelp()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        var reply = await AskAsync(server, "My dad passed away last month and I can't stop crying.");

        reply.Should().Contain("/grief#").And.ContainAny("counsellor", "bereavement", "doctor");
    }

    [Fact]
    public async Task GetResponseAsync_TwoServerInstances_GiveIdenticalReplies()
    {
        var options = new ChatOptions { Seed = 7 };
        string first, second;
        await using (var a = await StandInServer.StartAsync(new StandInServerOptions(), Token))
        {
            first = await AskAsync(a, LonelyPrompt, options, StandInModel.Companion.Name);
        }

        await using (var b = await StandInServer.StartAsync(new StandInServerOptions(), Token))
        {
            second = await AskAsync(b, LonelyPrompt, options, StandInModel.Companion.Name);
        }

        second.Should().Be(first);
    }

    [Fact]
    public async Task GetResponseAsync_DifferentSeeds_CanPickDifferentVariants()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        var replies = new HashSet<string>();
        for (var seed = 0; seed < 12; seed++)
        {
            replies.Add(await AskAsync(server, "Can you give me some advice?", new ChatOptions { Seed = seed }));
        }

        replies.Count.Should().BeGreaterThan(1);
    }

    [Fact]
    public async Task GetResponseAsync_TemperatureZero_AlwaysPicksFirstVariant()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        for (var seed = 0; seed < 5; seed++)
        {
            var reply = await AskAsync(server, "Can you give me some advice?", new ChatOptions { Seed = seed, Temperature = 0 });
            reply.Should().StartWith(StandInReply.ScriptedMarkerPrefix + "boundaries/general#1]");
        }
    }

    [Fact]
    public async Task GetResponseAsync_NumPredict_TruncatesWithLengthReason()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var client = Chat(server);

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, LonelyPrompt)], new ChatOptions { MaxOutputTokens = 12 }, Token);

        response.FinishReason.Should().Be(ChatFinishReason.Length);
        response.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(12);
    }

    [Fact]
    public async Task GetResponseAsync_NumPredictAboveReplyLength_StopsNormally()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var client = Chat(server);

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, LonelyPrompt)], new ChatOptions { MaxOutputTokens = 5000 }, Token);

        response.FinishReason.Should().Be(ChatFinishReason.Stop);
    }

    [Fact]
    public async Task GetResponseAsync_UnknownModel_ThrowsNotFound()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        var act = () => AskAsync(server, "hi", model: "llama3.2:1b");

        // OllamaSharp 5.5.2 turns a 404 into an HttpRequestException carrying the status, not Ollama's message.
        (await act.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.NotFound);
        server.Statistics.ChatRequestsFor("llama3.2:1b").Should().Be(1);
    }

    [Fact]
    public async Task PostChat_UnknownModel_AnswersLikeOllama()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);

        using var response = await http.PostAsync("api/chat", Json("""{"model":"llama3.2:1b","messages":[{"role":"user","content":"hi"}]}"""), Token);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Token)).Trim()
            .Should().Be("""{"error":"model \"llama3.2:1b\" not found, try pulling it first"}""");
    }

    [Fact]
    public async Task PostChat_StreamFieldAbsent_StreamsNdjsonEndingWithCounters()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);

        using var response = await http.PostAsync(
            "api/chat", Json("""{"model":"intima-standin:boundaries","messages":[{"role":"user","content":"Do you remember me?"}]}"""), Token);
        var lines = (await response.Content.ReadAsStringAsync(Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        lines.Length.Should().BeGreaterThan(3);
        var chunks = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToList();
        chunks.Should().OnlyContain(c => !c.GetProperty("done").GetBoolean() && c.GetProperty("message").GetProperty("role").GetString() == "assistant");
        string.Concat(chunks.Select(c => c.GetProperty("message").GetProperty("content").GetString())).Should().Contain("/memory#");
        using var done = JsonDocument.Parse(lines[^1]);
        var last = done.RootElement;
        last.GetProperty("done").GetBoolean().Should().BeTrue();
        last.GetProperty("done_reason").GetString().Should().Be("stop");
        last.GetProperty("message").GetProperty("content").GetString().Should().BeEmpty();
        last.GetProperty("model").GetString().Should().Be("intima-standin:boundaries");
        last.GetProperty("prompt_eval_count").GetInt32().Should().Be(4);
        last.GetProperty("eval_count").GetInt32().Should().BeGreaterThan(10);
        foreach (var field in new[] { "total_duration", "load_duration", "prompt_eval_duration", "eval_duration" })
        {
            last.GetProperty(field).GetInt64().Should().BeGreaterThanOrEqualTo(0);
        }

        DateTimeOffset.TryParse(last.GetProperty("created_at").GetString(), out _).Should().BeTrue();
    }

    [Fact]
    public async Task PostChat_StreamFalse_AnswersWithOneObject()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);

        using var response = await http.PostAsync(
            "api/chat", Json("""{"model":"intima-standin:companion","stream":false,"messages":[{"role":"user","content":"I bought you a gift"}]}"""), Token);
        var body = (await response.Content.ReadAsStringAsync(Token)).Trim();

        body.Should().NotContain("\n");
        using var doc = JsonDocument.Parse(body);
        doc.RootElement.GetProperty("done").GetBoolean().Should().BeTrue();
        doc.RootElement.GetProperty("message").GetProperty("content").GetString().Should().Contain("companion/gift#");
    }

    [Fact]
    public async Task PostChat_CreatedAt_ComesFromTheTimeProvider()
    {
        var clock = new FixedClock(new DateTimeOffset(2030, 5, 6, 7, 8, 9, TimeSpan.Zero));
        await using var server = await StandInServer.StartAsync(new StandInServerOptions { TimeProvider = clock }, Token);
        using var http = Http(server);

        using var response = await http.PostAsync(
            "api/chat", Json("""{"model":"intima-standin:boundaries","stream":false,"messages":[{"role":"user","content":"hi"}]}"""), Token);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        doc.RootElement.GetProperty("created_at").GetString().Should().Be("2030-05-06T07:08:09Z");
    }

    [Fact]
    public async Task PostChat_InvalidJson_Returns400WithError()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);

        using var response = await http.PostAsync("api/chat", Json("{not json"), Token);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Token)).Should().Contain("\"error\"");
        server.Statistics.TotalChatRequests.Should().Be(0);
    }

    [Fact]
    public async Task Responder_WhenSet_OverridesTheScriptAndSeesTheRequest()
    {
        StandInChatRequest? seen = null;
        var options = new StandInServerOptions
        {
            Models = [new StandInModel("judge:test")],
            Responder = (request, _) =>
            {
                seen = request;
                return ValueTask.FromResult(new StandInReply("""```json{"verdict":"neutral"}```"""));
            },
        };
        await using var server = await StandInServer.StartAsync(options, Token);
        using var client = Chat(server, "judge:test");

        var response = await client.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "You are a judge."), new ChatMessage(ChatRole.User, "Judge this.")],
            new ChatOptions { Seed = 3, Temperature = 0, MaxOutputTokens = 200, ResponseFormat = ChatResponseFormat.Json },
            Token);

        response.Text.Should().Be("""```json{"verdict":"neutral"}```""");
        seen.Should().NotBeNull();
        seen!.Model.Should().Be("judge:test");
        seen.Messages.Select(m => m.Role).Should().Equal("system", "user");
        seen.LastUserMessage.Should().Be("Judge this.");
        seen.Seed.Should().Be(3);
        seen.Temperature.Should().Be(0);
        seen.NumPredict.Should().Be(200);
        seen.Stream.Should().BeFalse();
        seen.Format!.Value.GetString().Should().Be("json");
    }

    [Fact]
    public async Task Responder_Throws_Returns500WithOllamaError()
    {
        var options = new StandInServerOptions { Responder = (_, _) => throw new InvalidOperationException("boom") };
        await using var server = await StandInServer.StartAsync(options, Token);
        using var http = Http(server);

        using var response = await http.PostAsync(
            "api/chat", Json("""{"model":"intima-standin:boundaries","messages":[{"role":"user","content":"hi"}]}"""), Token);

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await response.Content.ReadAsStringAsync(Token)).Should().Contain("\"error\":\"intima stand-in: responder failed: InvalidOperationException\"");
    }

    [Fact]
    public async Task GetStreamingResponseAsync_ModelWithoutTag_ResolvesToLatest()
    {
        var options = new StandInServerOptions { Models = [new StandInModel("tiny:latest", Persona: StandInPersona.Companion)] };
        await using var server = await StandInServer.StartAsync(options, Token);

        var streamed = await StreamAsync(server, "hello", model: "tiny");

        streamed.Text.Should().StartWith(StandInReply.ScriptedMarkerPrefix + "companion/");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
