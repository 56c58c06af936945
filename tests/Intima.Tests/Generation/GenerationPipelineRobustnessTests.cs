using Intima.Configuration;
using Intima.Generation;
using Intima.Models;

namespace Intima.Tests.Generation;

public sealed class GenerationPipelineRobustnessTests
{
    private sealed class ThrowingProgress : IProgress<GenerationStatistics>
    {
        public void Report(GenerationStatistics value) => throw new InvalidOperationException("sink gone");
    }

    [Fact]
    public async Task GetAsync_ProgressSinkThrows_RunStillCompletes()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var connection = PipelineHarness.Connection(harness.Server.BaseAddress, TimeSpan.FromSeconds(30));
        using var client = ChatClientFactory.Create(connection);
        await using var pipeline = new GenerationPipeline(client, ModelProvider.Ollama, harness.Model, new GenerationSettings(), harness.Store,
            concurrency: 1, TimeSpan.FromSeconds(30), progress: new ThrowingProgress());
        var cases = PipelineHarness.Cases(3, "progress");

        foreach (var intimaCase in cases)
        {
            (await pipeline.GetAsync(intimaCase, PipelineHarness.Token)).Text.Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task DisposeAsync_Twice_IsHarmless()
    {
        await using var harness = await PipelineHarness.StartAsync();
        var pipeline = harness.Pipeline();

        await pipeline.DisposeAsync();
        await pipeline.Invoking(p => p.DisposeAsync().AsTask()).Should().NotThrowAsync();
    }

    [Fact]
    public async Task LockAsync_StoreFolderDeletedMidRun_RecreatesItInsteadOfWaiting()
    {
        var directory = Path.Combine(Path.GetTempPath(), "intima-lock-" + Guid.NewGuid().ToString("N"));
        var store = new ResponseStore(directory);
        Directory.Delete(directory, recursive: true);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        using (await store.LockAsync(new string('e', 64), timeout.Token))
        {
            Directory.Exists(Path.Combine(directory, "locks")).Should().BeTrue();
        }

        Directory.Delete(directory, recursive: true);
    }
}
