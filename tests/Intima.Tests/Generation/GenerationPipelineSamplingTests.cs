using Intima.Generation;
using Intima.Models;

namespace Intima.Tests.Generation;

public sealed class GenerationPipelineSamplingTests
{
    [Fact]
    public async Task GetAsync_Samples_UseSeedPlusSampleMinusOneAndAreStoredApart()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var pipeline = harness.Pipeline();
        var cases = PipelineHarness.Cases(2);

        pipeline.Schedule(cases, samples: 3);
        var first = await pipeline.GetAsync(cases[0], PipelineHarness.Token);
        var third = await pipeline.GetAsync(cases[0], 3, PipelineHarness.Token);
        foreach (var c in cases)
        {
            for (var s = 1; s <= 3; s++)
            {
                await pipeline.GetAsync(c, s, PipelineHarness.Token);
            }
        }

        first.Key.Should().Be(harness.KeyOf(cases[0]), "sample 1 is the ordinary response, under the key it always had");
        first.Options.Seed.Should().Be(42);
        third.Options.Seed.Should().Be(44);
        third.Key.Should().Be(harness.KeyOf(cases[0], new GenerationSettings(Seed: 44)));
        harness.ResponseFiles().Should().HaveCount(6);
        pipeline.Statistics.Scheduled.Should().Be(6);
        harness.Server.Statistics.TotalChatRequests.Should().Be(6, "each case and sample is generated once");
    }

    [Fact]
    public void OptionsFor_SampleOne_IsTheSameOptions()
    {
        var options = new GenerationSettings(Seed: 7);

        GenerationPipeline.OptionsFor(options, 1).Should().BeSameAs(options);
        GenerationPipeline.OptionsFor(options, 5).Should().Be(options with { Seed = 11 });
    }
}
