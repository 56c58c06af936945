using System.Collections.Concurrent;
using Intima.Generation;

namespace Intima.Tests.Generation;

public sealed class GenerationProgressLogTests
{
    /// <summary>A clock that moves only when told.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    private static GenerationStatistics Done(int completed, int scheduled = 100) => new(scheduled, completed, 0, 0);

    [Fact]
    public void Report_WithinTheInterval_WritesNothingHoweverManyAnswersFinish()
    {
        var clock = new ManualClock();
        var lines = new List<string>();
        var log = new GenerationProgressLog(lines.Add, clock);

        for (var i = 1; i <= 90; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            log.Report(Done(i));
        }

        lines.Should().BeEmpty("9 s have passed, less than the 10 s interval");
    }

    [Fact]
    public void Report_IntervalPassedButTooFewAnswers_WritesNothing()
    {
        var clock = new ManualClock();
        var lines = new List<string>();
        var log = new GenerationProgressLog(lines.Add, clock, new GenerationProgressOptions { EveryAnswers = 10 });

        clock.Advance(TimeSpan.FromMinutes(5));
        log.Report(Done(9));

        lines.Should().BeEmpty();
        log.Report(Done(10));
        lines.Should().ContainSingle();
    }

    [Fact]
    public void Report_BothLimitsPassed_WritesCountsRateAndTimeLeft()
    {
        var clock = new ManualClock();
        var lines = new List<string>();
        var log = new GenerationProgressLog(lines.Add, clock);

        clock.Advance(TimeSpan.FromMinutes(1));
        log.Report(new GenerationStatistics(100, 17, 2, 1, 3));

        lines.Should().Equal("INTIMA progress: 20/100 answers (generated 17, reused 2, failed 1, 3 retries); 20 per minute; about 4 min left");
    }

    [Fact]
    public void Report_LongSlowRun_WritesAboutTwentyLines()
    {
        var clock = new ManualClock();
        var lines = new List<string>();
        var log = new GenerationProgressLog(lines.Add, clock);

        // 376 answers, one every 2 s: the interval alone would allow 75 lines; 5% of 376 (19 answers) allows 19.
        for (var i = 1; i <= 376; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            log.Report(Done(i, 376));
        }

        lines.Should().HaveCount(19);
        lines[0].Should().StartWith("INTIMA progress: 19/376 answers").And.EndWith("30 per minute; about 12 min left");
    }

    [Theory]
    [InlineData(40, "40 s")]
    [InlineData(300, "5 min")]
    [InlineData(7500, "2 h 05 min")]
    public void Duration_RoundsToAReadableUnit(int seconds, string expected) =>
        GenerationProgressLog.Duration(TimeSpan.FromSeconds(seconds)).Should().Be(expected);

    [Fact]
    public async Task Pipeline_WithProgress_ReportsEachFinishedAnswer()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var reports = new ConcurrentQueue<GenerationStatistics>();
        var pipeline = harness.Pipeline(progress: new Collect(reports));
        var cases = PipelineHarness.Cases(6);

        pipeline.Schedule(cases);
        foreach (var c in cases)
        {
            await pipeline.GetAsync(c, PipelineHarness.Token);
        }

        // The last report may trail the completion the test awaited by a moment.
        for (var wait = 0; reports.Count < 6 && wait < 200; wait++)
        {
            await Task.Delay(10, PipelineHarness.Token);
        }

        reports.Should().HaveCount(6);
        reports.Max(r => r.Completed).Should().Be(6);
        reports.Should().OnlyContain(r => r.Scheduled == 6 && r.Failed == 0);
    }

    private sealed class Collect(ConcurrentQueue<GenerationStatistics> into) : IProgress<GenerationStatistics>
    {
        public void Report(GenerationStatistics value) => into.Enqueue(value);
    }
}
