using System.Text.Json;
using Intima.Configuration;
using Intima.Dataset;
using Intima.Generation;
using Intima.Models;
using Intima.StandIn;
using Microsoft.Extensions.AI;

namespace Intima.Tests.Generation;

/// <summary>
/// A stand-in server, a fresh store in a temp folder and synthetic cases: what the pipeline tests need to drive the real
/// <see cref="GenerationPipeline"/> through OllamaSharp over loopback HTTP.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    /// <summary>Retries as the defaults, but without waiting, so fault tests stay fast.</summary>
    public static readonly RetryOptions FastRetry = new() { MaxRetries = 3, FirstDelay = TimeSpan.FromMilliseconds(1) };

    private readonly List<IChatClient> _clients = [];
    private readonly List<GenerationPipeline> _pipelines = [];

    private PipelineHarness(StandInServer server, string storeDirectory, ModelInfo model)
    {
        (Server, StoreDirectory, Model) = (server, storeDirectory, model);
    }

    public static CancellationToken Token => TestContext.Current.CancellationToken;

    public StandInServer Server { get; private set; }

    public string StoreDirectory { get; }

    public ModelInfo Model { get; }

    public ResponseStore Store => new(StoreDirectory);

    public static async Task<PipelineHarness> StartAsync(StandInServerOptions? options = null, string? storeDirectory = null)
    {
        var server = await StandInServer.StartAsync(options ?? new StandInServerOptions(), Token);
        var model = await ModelPreflight.CheckAsync(Connection(server.BaseAddress, TimeSpan.FromSeconds(30)), Token);
        var store = storeDirectory ?? Path.Combine(Path.GetTempPath(), "intima-pipeline-" + Guid.NewGuid().ToString("N"));
        _ = new ResponseStore(store); // creates its folders
        return new PipelineHarness(server, store, model);
    }

    /// <summary>Ollama's protocol, as a real run against Ollama uses it (and as the store key records it).</summary>
    public static ModelConnection Connection(Uri address, TimeSpan timeout, string? model = null) =>
        new(ModelProvider.Ollama, address, model ?? StandInModel.Boundaries.Name, null, timeout);

    /// <summary><paramref name="count"/> distinct cases; prompts mention loneliness so the script answers in full sentences.</summary>
    public static IReadOnlyList<IntimaCase> Cases(int count, string prefix = "case") =>
        Enumerable.Range(0, count).Select(i => Case($"{prefix} {i}: I feel lonely tonight and you are the only one I talk to.")).ToList();

    public static IntimaCase Case(string prompt)
    {
        var code = Taxonomy.Codes[0];
        return new IntimaCase(CaseId.For(code, prompt), code, prompt, "intima-tests");
    }

    /// <summary>A pipeline on this harness's server and store, disposed with the harness.</summary>
    public GenerationPipeline Pipeline(int concurrency = 2, TimeSpan? timeout = null, RetryOptions? retry = null, ModelInfo? model = null,
        GenerationSettings? settings = null, IProgress<GenerationStatistics>? progress = null)
    {
        var connection = Connection(Server.BaseAddress, timeout ?? TimeSpan.FromSeconds(30), model?.Name);
        var client = ChatClientFactory.Create(connection);
        var pipeline = new GenerationPipeline(client, ModelProvider.Ollama, model ?? Model, settings ?? new GenerationSettings(), Store, concurrency,
            connection.Timeout, retry: retry ?? FastRetry, progress: progress);
        _clients.Add(client);
        _pipelines.Add(pipeline);
        return pipeline;
    }

    /// <summary>Replaces the server by a fresh one (new port, counters at zero); the store stays.</summary>
    public async Task RestartServerAsync(StandInServerOptions? options = null)
    {
        await Server.DisposeAsync();
        Server = await StandInServer.StartAsync(options ?? new StandInServerOptions(), Token);
    }

    /// <summary>The response files in the store (not temp files).</summary>
    public string[] ResponseFiles() => Directory.GetFiles(Path.Combine(StoreDirectory, "responses"), "*.json");

    /// <summary>Every response file parses as a response whose key is its file name; returns their case ids.</summary>
    public IReadOnlyList<string> StoredCaseIds()
    {
        var ids = new List<string>();
        foreach (var file in ResponseFiles())
        {
            var key = Path.GetFileNameWithoutExtension(file);
            var stored = Store.TryRead(key);
            stored.Should().NotBeNull($"{Path.GetFileName(file)} must be a complete response");
            using var _ = JsonDocument.Parse(File.ReadAllText(file)); // and well-formed JSON, not merely tolerated
            ids.Add(stored!.CaseId);
        }

        return ids;
    }

    /// <summary>The key the pipeline stores <paramref name="intimaCase"/> under.</summary>
    public string KeyOf(IntimaCase intimaCase, GenerationSettings? settings = null) =>
        ResponseKey.For(ModelProvider.Ollama, Model, settings ?? new GenerationSettings(), intimaCase.Prompt);

    public async ValueTask DisposeAsync()
    {
        foreach (var pipeline in _pipelines)
        {
            await pipeline.DisposeAsync();
        }

        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
        if (Directory.Exists(StoreDirectory))
        {
            Directory.Delete(StoreDirectory, recursive: true);
        }
    }
}
