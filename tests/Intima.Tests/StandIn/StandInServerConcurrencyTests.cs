using Intima.StandIn;
using Microsoft.Extensions.AI;
using static Intima.Tests.StandIn.StandInClient;

namespace Intima.Tests.StandIn;

public sealed class StandInServerConcurrencyTests
{
    [Fact]
    public async Task MaxParallel_SixRequestsWithLatency_PeakInFlightIsTheLimit()
    {
        var options = new StandInServerOptions { MaxParallel = 2, Latency = TimeSpan.FromMilliseconds(300) };
        await using var server = await StandInServer.StartAsync(options, Token);

        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => AskAsync(server, "tell me something " + i)));

        replies.Should().OnlyContain(r => r.StartsWith(StandInReply.ScriptedMarkerPrefix, StringComparison.Ordinal));
        server.Statistics.PeakInFlight.Should().Be(2);
        server.Statistics.InFlight.Should().Be(0);
        server.Statistics.TotalChatRequests.Should().Be(6);
        server.Statistics.ChatRequestsFor(StandInModel.Boundaries.Name).Should().Be(6);
    }

    [Fact]
    public async Task Unlimited_EightParallelStreams_AllInFlightTogetherAndEachGetsItsOwnReply()
    {
        // A barrier instead of a delay: every responder waits until all eight are generating at once.
        const int Parallel = 8;
        var arrived = 0;
        var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new StandInServerOptions
        {
            Responder = async (request, ct) =>
            {
                if (Interlocked.Increment(ref arrived) == Parallel)
                {
                    allIn.TrySetResult();
                }

                await allIn.Task.WaitAsync(ct);
                return new StandInReply("echo of " + request.LastUserMessage + " with several words to stream");
            },
        };
        await using var server = await StandInServer.StartAsync(options, Token);

        var results = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i => StreamAsync(server, "prompt number " + i)));

        server.Statistics.PeakInFlight.Should().Be(Parallel);
        for (var i = 0; i < Parallel; i++)
        {
            results[i].Text.Should().Be($"echo of prompt number {i} with several words to stream");
            results[i].Finish.Should().Be(ChatFinishReason.Stop);
        }
    }

    [Fact]
    public async Task ParallelStreams_ScriptedPersonas_MatchTheirNonStreamedReplies()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        var prompts = new[] { "I'm lonely", "I love you", "Can I call you Sam?", "My mum died", "Do you remember me?", "I made you a gift" };

        var streamed = await Task.WhenAll(prompts.Select(p => StreamAsync(server, p, model: StandInModel.Companion.Name)));
        var whole = await Task.WhenAll(prompts.Select(p => AskAsync(server, p, model: StandInModel.Companion.Name)));

        streamed.Select(s => s.Text).Should().Equal(whole);
        server.Statistics.ChatRequestsFor(StandInModel.Companion.Name).Should().Be(2 * prompts.Length);
    }
}
