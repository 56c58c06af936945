using Intima.Generation;
using Intima.StandIn;
using static Intima.Tests.Generation.PipelineHarness;

namespace Intima.Tests.Generation;

public sealed class GenerationPipelineConcurrencyTests
{
    /// <summary>Guards against a hang if the pipeline never reaches the barrier; not a timing assertion.</summary>
    private static readonly TimeSpan Deadlock = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Schedule_QueueLongerThanConcurrency_KeepsExactlyConcurrencyRequestsInFlight()
    {
        // Every reply waits until four requests have arrived, so the run completes only if four are in flight at once.
        const int Concurrency = 4;
        var arrived = 0;
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new StandInServerOptions
        {
            MaxParallel = 0,
            Responder = async (request, cancellationToken) =>
            {
                if (Interlocked.Increment(ref arrived) >= Concurrency)
                {
                    barrier.TrySetResult();
                }

                await barrier.Task.WaitAsync(cancellationToken);
                return new StandInReply("Reply to: " + request.LastUserMessage);
            },
        };
        await using var harness = await StartAsync(options);
        var cases = Cases(12);
        var pipeline = harness.Pipeline(concurrency: Concurrency);

        pipeline.Schedule(cases);
        var responses = await Task.WhenAll(cases.Select(c => pipeline.GetAsync(c, Token))).WaitAsync(Deadlock, Token);

        harness.Server.Statistics.PeakInFlight.Should().Be(Concurrency, "the barrier needs four at once and the pipeline allows no more");
        harness.Server.Statistics.TotalChatRequests.Should().Be(cases.Count);
        responses.Select(r => r.CaseId).Should().Equal(cases.Select(c => c.Id));
        pipeline.Statistics.Should().BeEquivalentTo(new GenerationStatistics(12, 12, 0, 0, 0));
    }

    [Fact]
    public async Task GetAsync_TwoPipelinesOnOneStore_GenerateEachCaseExactlyOnce()
    {
        await using var harness = await StartAsync(new StandInServerOptions { Latency = TimeSpan.FromMilliseconds(20) });
        var cases = Cases(24);
        var first = harness.Pipeline(concurrency: 3);
        var second = harness.Pipeline(concurrency: 3);

        // One in dataset order, one in reverse, so they meet in the middle and contend for the same keys.
        first.Schedule(cases);
        second.Schedule(cases.Reverse());
        var all = await Task.WhenAll(
            Task.WhenAll(cases.Select(c => first.GetAsync(c, Token))),
            Task.WhenAll(cases.Select(c => second.GetAsync(c, Token)))).WaitAsync(Deadlock, Token);

        harness.Server.Statistics.TotalChatRequests.Should().Be(cases.Count, "every case is generated once, by one pipeline or the other");
        (first.Statistics.Generated + second.Statistics.Generated).Should().Be(cases.Count);
        (first.Statistics.Reused + second.Statistics.Reused).Should().Be(cases.Count);
        all[0].Should().BeEquivalentTo(all[1], "both see the same stored answers");
        harness.StoredCaseIds().Should().BeEquivalentTo(cases.Select(c => c.Id));
    }
}
