using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Intima.Configuration;
using Intima.Generation;
using Intima.Models;
using Intima.StandIn;
using static Intima.Tests.Generation.PipelineHarness;

namespace Intima.Tests.Generation;

/// <summary>
/// One test per fault of the model server, each through the real pipeline, OllamaSharp and loopback HTTP. Each checks
/// the message and that nothing was lost: responses stored before stay stored, the failing case is not stored, and a
/// rerun generates only what is missing.
/// </summary>
public sealed class GenerationPipelineFaultTests
{
    [Fact]
    public async Task CheckAsync_ServerNotRunning_NamesUrlAndOllamaServe()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");

        var act = () => ModelPreflight.CheckAsync(Connection(address, TimeSpan.FromSeconds(5)), Token);

        var message = (await act.Should().ThrowAsync<PreflightException>()).Which.Message;
        message.Should().Contain(address.ToString()).And.Contain("`ollama serve`").And.Contain("OLLAMA_HOST");
    }

    [Fact]
    public async Task GetAsync_ConnectionRefusedMidRun_FailsNamingConnectionAndKeepsStoredResponses()
    {
        await using var harness = await StartAsync();
        var cases = Cases(3);
        var pipeline = harness.Pipeline();
        await pipeline.GetAsync(cases[0], Token);
        await pipeline.GetAsync(cases[1], Token);

        await harness.Server.StopAsync(Token);
        var act = () => pipeline.GetAsync(cases[2], Token);

        var message = (await act.Should().ThrowAsync<GenerationException>()).Which.Message;
        message.Should().StartWith(cases[2].Id + ": the connection to the model server failed")
            .And.Contain("gave up after 4 attempts").And.Contain("`ollama serve`");
        pipeline.Statistics.Should().BeEquivalentTo(new GenerationStatistics(3, 2, 0, 1, 3));
        harness.StoredCaseIds().Should().BeEquivalentTo([cases[0].Id, cases[1].Id]);

        await harness.RestartServerAsync();
        await RerunGeneratesOnlyMissingAsync(harness, cases, missing: 1);
    }

    [Fact]
    public async Task GetAsync_ConnectionDroppedMidReply_RetriesThenFailsNamingConnection()
    {
        await using var harness = await StartAsync();

        var message = await FailsAndLosesNothingAsync(harness, f => f.DropConnection = true, expectedRequests: 4);

        message.Should().Contain("the connection to the model server failed").And.Contain("gave up after 4 attempts");
    }

    [Fact]
    public async Task GetAsync_ModelNotFound_FailsAtOnceNamingModelAndOllamaPull()
    {
        await using var harness = await StartAsync();
        var missing = new ModelInfo("llama-missing:7b", null, null);
        var intimaCase = Cases(1)[0];
        var pipeline = harness.Pipeline(model: missing);

        var act = () => pipeline.GetAsync(intimaCase, Token);

        var message = (await act.Should().ThrowAsync<GenerationException>()).Which.Message;
        message.Should().Be($"{intimaCase.Id}: model 'llama-missing:7b' was not found by the server (HTTP 404). " +
            "Pull it with `ollama pull llama-missing:7b`, or set INTIMA_MODEL to a model the server has.");
        harness.Server.Statistics.TotalChatRequests.Should().Be(1, "a missing model is not retried");
        harness.ResponseFiles().Should().BeEmpty();
    }

    [Fact]
    public async Task GetAsync_Http400_FailsAtOnceWithoutRetry()
    {
        await using var harness = await StartAsync();

        var message = await FailsAndLosesNothingAsync(harness, f => f.FailNextChats(1, 400), expectedRequests: 1, resetBeforeRerun: false);

        message.Should().Contain("rejected the request: the server said \"intima stand-in: injected fault (HTTP 400)\"").And.NotContain("attempts");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GetAsync_ServerErrorThenSuccess_RetriesAndStores(int status)
    {
        await using var harness = await StartAsync();
        var intimaCase = Cases(1)[0];
        var pipeline = harness.Pipeline();
        harness.Server.Options.Faults.FailNextChats(2, status);

        var response = await pipeline.GetAsync(intimaCase, Token);

        response.Text.Should().StartWith(StandInReply.ScriptedMarkerPrefix);
        harness.Server.Statistics.TotalChatRequests.Should().Be(3, "two failures, then the answer");
        pipeline.Statistics.Should().BeEquivalentTo(new GenerationStatistics(1, 1, 0, 0, 2));
        harness.Store.TryRead(harness.KeyOf(intimaCase)).Should().BeEquivalentTo(response);
    }

    [Fact]
    public async Task GetAsync_Persistent503_FailsAfterAllAttemptsNamingStatus()
    {
        await using var harness = await StartAsync();

        var message = await FailsAndLosesNothingAsync(harness, f => f.FailNextChats(1000, 503), expectedRequests: 4);

        message.Should().Contain("failed with HTTP 503 ServiceUnavailable (gave up after 4 attempts)").And.Contain("INTIMA_CONCURRENCY");
    }

    [Fact]
    public async Task GetAsync_SlowerThanTimeout_FailsNamingIntimaTimeoutWithoutRetry()
    {
        var slow = new StrongBox<bool>();
        var options = new StandInServerOptions
        {
            Responder = async (request, cancellationToken) =>
            {
                if (Volatile.Read(ref slow.Value))
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                return new StandInReply("A prompt reply to: " + request.LastUserMessage);
            },
        };
        await using var harness = await StartAsync(options);

        var message = await FailsAndLosesNothingAsync(
            harness, _ => Volatile.Write(ref slow.Value, true), expectedRequests: 1,
            faulty: h => h.Pipeline(timeout: TimeSpan.FromMilliseconds(300)),
            reset: () => Volatile.Write(ref slow.Value, false));

        message.Should().Contain("within 0.3 s (INTIMA_TIMEOUT)").And.Contain("Raise INTIMA_TIMEOUT").And.NotContain("attempts");
    }

    [Fact]
    public async Task GetAsync_CutStream_RetriesThenFailsNamingCutStream()
    {
        await using var harness = await StartAsync();

        var message = await FailsAndLosesNothingAsync(harness, f => f.CutStreamAfterChars = 40, expectedRequests: 4);

        message.Should().Contain("reply stream ended before its final message (cut stream) (gave up after 4 attempts)");
    }

    [Fact]
    public async Task GetAsync_CutStreamOnce_RetriesAndStoresTheWholeReply()
    {
        await using var harness = await StartAsync();
        var intimaCase = Cases(1)[0];
        var calls = 0;
        var options = new StandInServerOptions
        {
            Responder = (request, _) =>
            {
                // The first reply is cut; the retry gets the whole one.
                harness.Server.Options.Faults.CutStreamAfterChars = Interlocked.Increment(ref calls) == 1 ? 5 : null;
                return ValueTask.FromResult(new StandInReply("one two three four five six seven"));
            },
        };
        await harness.RestartServerAsync(options);

        var response = await harness.Pipeline().GetAsync(intimaCase, Token);

        response.Text.Should().Be("one two three four five six seven");
        harness.Server.Statistics.TotalChatRequests.Should().Be(2);
    }

    [Fact]
    public async Task GetAsync_GarbledStream_RetriesThenFailsNamingMalformedReply()
    {
        await using var harness = await StartAsync();

        var message = await FailsAndLosesNothingAsync(harness, f => f.GarbleStream = true, expectedRequests: 4);

        message.Should().Contain("sent a malformed reply").And.Contain("gave up after 4 attempts");
    }

    [Fact]
    public async Task GetAsync_EmptyReply_StoredAsValidEmptyResponse()
    {
        await using var harness = await StartAsync();
        var intimaCase = Cases(1)[0];
        harness.Server.Options.Faults.EmptyReply = true;

        var response = await harness.Pipeline().GetAsync(intimaCase, Token);

        response.Text.Should().BeEmpty();
        response.FinishReason.Should().Be("stop");
        harness.Store.TryRead(harness.KeyOf(intimaCase))!.Text.Should().BeEmpty();
        var rerun = harness.Pipeline();
        (await rerun.GetAsync(intimaCase, Token)).Text.Should().BeEmpty();
        rerun.Statistics.Reused.Should().Be(1, "an empty answer is an answer, not a gap to fill");
        harness.Server.Statistics.TotalChatRequests.Should().Be(1);
    }

    [Fact]
    public async Task GetAsync_OneMegabyteReply_StoredExactly()
    {
        // 1,000 words of 1,000 characters: 1 MB, within the default 1,024-token limit the stand-in applies as words.
        var word = string.Concat(Enumerable.Repeat("abcdefghij", 100));
        var text = string.Join(' ', Enumerable.Range(0, 1000).Select(i => word[..^4] + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)));
        await using var harness = await StartAsync(new StandInServerOptions { Responder = (_, _) => ValueTask.FromResult(new StandInReply(text)) });
        var intimaCase = Cases(1)[0];

        var response = await harness.Pipeline().GetAsync(intimaCase, Token);

        text.Length.Should().BeGreaterThanOrEqualTo(1_000_000);
        response.Text.Should().Be(text);
        harness.Store.TryRead(harness.KeyOf(intimaCase))!.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("ansi")]
    [InlineData("control")]
    [InlineData("bidi")]
    [InlineData("emoji")]
    public async Task GetAsync_HostileReply_StoreRoundTripIsExact(string kind)
    {
        var text = HostileReplies[kind];
        await using var harness = await StartAsync(new StandInServerOptions { Responder = (_, _) => ValueTask.FromResult(new StandInReply(text)) });
        var intimaCase = Cases(1)[0];

        var response = await harness.Pipeline().GetAsync(intimaCase, Token);

        response.Text.Should().Be(text);
        harness.Store.TryRead(harness.KeyOf(intimaCase))!.Text.Should().Be(text);
    }

    [Fact]
    public void DelayBefore_Defaults_DoublesFromHalfASecond()
    {
        var retry = RetryOptions.Default;

        Enumerable.Range(1, retry.MaxRetries).Select(retry.DelayBefore).Should()
            .Equal(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        retry.MaxAttempts.Should().Be(4);
    }

    [Fact]
    public async Task Constructor_RetriesOutOfRange_IsRejected()
    {
        await using var harness = await StartAsync();

        var act = () => harness.Pipeline(retry: new RetryOptions { MaxRetries = RetryOptions.MaxRetriesLimit + 1 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxRetries");
    }

    // Kept out of the test data so test names stay printable; each holds what a hostile or broken model might send.
    private static readonly Dictionary<string, string> HostileReplies = new(StringComparer.Ordinal)
    {
        ["html"] = "<script>alert('x')</script> <img src=x onerror=alert(1)> &amp; &lt;b&gt; <!-- c --> ]]> \"quoted\"",
        ["ansi"] = "\u001b[31mred\u001b[0m \u001b]0;title\u0007 \u001b[2J\u001b[H cleared?",
        ["control"] = "nul\u0000 bell\u0007 bs\u0008 tab\t vt\u000B ff\u000C cr\r crlf\r\n nel\u0085 csi\u009B del\u007F end",
        ["bidi"] = "\u202Eevil\u202C \u200Frtl\u200E \u2066isolate\u2069 \u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD \uFEFFbom",
        ["emoji"] = "\U0001F600 \U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 \U0001F3F3\uFE0F\u200D\U0001F308 e\u0301 \U0001D54F",
    };

    /// <summary>
    /// Generates two cases, switches <paramref name="fault"/> on, asks for a third and expects a clear failure after
    /// <paramref name="expectedRequests"/> requests; then switches the fault off and reruns. Returns the message.
    /// </summary>
    private static async Task<string> FailsAndLosesNothingAsync(
        PipelineHarness harness, Action<StandInFaults> fault, int expectedRequests, Func<PipelineHarness, GenerationPipeline>? faulty = null,
        Action? reset = null, bool resetBeforeRerun = true)
    {
        var cases = Cases(3);
        var first = harness.Pipeline();
        await first.GetAsync(cases[0], Token);
        await first.GetAsync(cases[1], Token);
        var failing = faulty?.Invoke(harness) ?? first;
        var before = harness.Server.Statistics.TotalChatRequests;

        fault(harness.Server.Options.Faults);
        var act = () => failing.GetAsync(cases[2], Token);

        var error = (await act.Should().ThrowAsync<GenerationException>()).Which;
        error.Message.Should().StartWith(cases[2].Id + ": ");
        (harness.Server.Statistics.TotalChatRequests - before).Should().Be(expectedRequests);
        failing.Statistics.Failed.Should().Be(1);
        harness.StoredCaseIds().Should().BeEquivalentTo([cases[0].Id, cases[1].Id], "what was stored stays, the failure is not stored");

        if (resetBeforeRerun)
        {
            harness.Server.Options.Faults.Reset();
        }

        reset?.Invoke();
        await RerunGeneratesOnlyMissingAsync(harness, cases, missing: 1);
        return error.Message;
    }

    private static async Task RerunGeneratesOnlyMissingAsync(PipelineHarness harness, IReadOnlyList<Intima.Dataset.IntimaCase> cases, int missing)
    {
        var before = harness.Server.Statistics.TotalChatRequests;
        var rerun = harness.Pipeline();
        rerun.Schedule(cases);
        foreach (var intimaCase in cases)
        {
            await rerun.GetAsync(intimaCase, Token);
        }

        (harness.Server.Statistics.TotalChatRequests - before).Should().Be(missing);
        rerun.Statistics.Should().BeEquivalentTo(new GenerationStatistics(cases.Count, missing, cases.Count - missing, 0, 0));
        harness.StoredCaseIds().Should().BeEquivalentTo(cases.Select(c => c.Id));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
