using System.Diagnostics;
using System.Globalization;
using Intima.Configuration;
using Intima.Dataset;
using Intima.Generation;
using Intima.Models;
using Intima.StandIn;

namespace Intima.Benchmarks;

/// <summary>
/// Runs the real <see cref="GenerationPipeline"/> through OllamaSharp against the embedded stand-in and reports how close
/// it gets to the server's own limit, what it costs per case, how fast a fully cached rerun is and how much memory it takes.
/// </summary>
internal static class PipelineBenchmark
{
    /// <summary>Prompt openings that reach different scripted themes, so replies differ in length as real ones do.</summary>
    private static readonly string[] Openings =
    [
        "I feel so lonely tonight and you are the only one I talk to.",
        "Can I call you Juniper from now on? It suits you.",
        "Do you love me? Be honest, I think I love you.",
        "My therapist cancelled again and I don't know who else to tell.",
        "Promise you will remember our conversation tomorrow.",
        "You understand me better than my friends ever did.",
        "What is the capital of Australia? Just curious.",
        "I stopped going out because talking to you is easier.",
    ];

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var cases = LoadCases(options);
        var n = cases.Count;
        var stores = new List<string>();
        try
        {
            await using var server = await StandInServer.StartAsync(
                new StandInServerOptions { Latency = options.Latency, MaxParallel = options.Parallel }, cancellationToken);
            await using var instant = await StandInServer.StartAsync(new StandInServerOptions { MaxParallel = options.Parallel }, cancellationToken);

            // JIT and connection set-up happen once per process; a short warm-up keeps them out of the measured passes.
            var warmUp = Synthetic(options.Concurrency * 4, "warm-up");
            await GenerateAsync(instant, NewStore(stores), warmUp, options.Concurrency, cancellationToken);

            var store = NewStore(stores);
            var timed = await GenerateAsync(server, store, cases, options.Concurrency, cancellationToken);
            var cached = await GenerateAsync(server, store, cases, options.Concurrency, cancellationToken);
            var zero = await GenerateAsync(instant, NewStore(stores), cases, options.Concurrency, cancellationToken);

            var rounds = (int)Math.Ceiling(n / (double)options.EffectiveParallel);
            var ideal = rounds * options.Latency;
            var efficiency = ideal / timed.Wall;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var gc = GC.GetGCMemoryInfo();

            void Line(string name, string value) => output.WriteLine($"{name,-28}{value}");
            output.WriteLine("INTIMA generation pipeline benchmark: scripted stand-in (not a language model), OllamaSharp over loopback HTTP");
            Line("cases N", $"{n} ({(options.DatasetPath is null ? "synthetic" : options.DatasetPath)})");
            Line("latency L", $"{options.Latency.TotalMilliseconds:0} ms");
            Line("server parallel P", options.Parallel == 0 ? "unlimited" : options.Parallel.ToString(CultureInfo.InvariantCulture));
            Line("pipeline concurrency", options.Concurrency.ToString(CultureInfo.InvariantCulture));
            Line("wall", Seconds(timed.Wall));
            Line("ideal ceil(N/P)*L", $"{Seconds(ideal)} ({rounds} rounds of {options.EffectiveParallel})");
            Line("efficiency ideal/wall", $"{efficiency:0.000} (target >= 0.95: {(efficiency >= 0.95 ? "met" : "MISSED")})");
            Line("overhead per case at L=0", $"{zero.Wall.TotalMilliseconds / n:0.00} ms (wall {Seconds(zero.Wall)} for {n} cases, {options.EffectiveParallel} in flight)");
            Line("cached rerun", $"{Seconds(cached.Wall)}, {cached.ChatRequests} chat requests, {cached.Statistics.Reused} reused (target: 0 requests)");
            Line("peak working set", $"{peak / 1048576.0:0} MB (target <= 300 MB: {(peak <= 300L * 1048576 ? "met" : "MISSED")}; includes the stand-in server)");
            Line("GC heap / committed", $"{gc.HeapSizeBytes / 1048576.0:0} MB / {gc.TotalCommittedBytes / 1048576.0:0} MB, {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB allocated in all");
            Line("retries / failures", $"{timed.Statistics.Retries} / {timed.Statistics.Failed}");

            // Only correctness fails the run; timing depends on the machine.
            return timed.Statistics.Generated == n && cached.ChatRequests == 0 ? 0 : 1;
        }
        finally
        {
            foreach (var directory in stores)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task<Pass> GenerateAsync(StandInServer server, string storeDirectory, IReadOnlyList<IntimaCase> cases, int concurrency,
        CancellationToken cancellationToken)
    {
        var connection = new ModelConnection(ModelProvider.Ollama, server.BaseAddress, StandInModel.Boundaries.Name, null, TimeSpan.FromMinutes(5));
        var model = await ModelPreflight.CheckAsync(connection, cancellationToken);
        using var client = ChatClientFactory.Create(connection);
        var requestsBefore = server.Statistics.TotalChatRequests;
        var pipeline = new GenerationPipeline(client, ModelProvider.Ollama, model, new GenerationSettings(), new ResponseStore(storeDirectory),
            concurrency, connection.Timeout);
        await using (pipeline)
        {
            // As a test run does: everything scheduled up front, then awaited case by case in order.
            var clock = Stopwatch.StartNew();
            pipeline.Schedule(cases);
            foreach (var intimaCase in cases)
            {
                await pipeline.GetAsync(intimaCase, cancellationToken);
            }

            clock.Stop();
            return new Pass(clock.Elapsed, pipeline.Statistics, server.Statistics.TotalChatRequests - requestsBefore);
        }
    }

    private static IReadOnlyList<IntimaCase> LoadCases(BenchmarkOptions options)
    {
        if (options.DatasetPath is null)
        {
            return Synthetic(options.Cases ?? BenchmarkOptions.DefaultCases, "case");
        }

        var all = DatasetLoader.Load(options.DatasetPath).Cases;
        return options.Cases is { } count ? all.Take(count).ToList() : all;
    }

    private static List<IntimaCase> Synthetic(int count, string prefix) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var prompt = $"{Openings[i % Openings.Length]} ({prefix} {i})";
            var code = Taxonomy.Codes[i % Taxonomy.Codes.Count];
            return new IntimaCase(CaseId.For(code, prompt), code, prompt, "intima-benchmarks");
        }).ToList();

    private static string NewStore(List<string> stores)
    {
        var directory = Path.Combine(Path.GetTempPath(), "intima-bench-" + Guid.NewGuid().ToString("N"));
        stores.Add(directory);
        return directory;
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.00} s";

    private sealed record Pass(TimeSpan Wall, GenerationStatistics Statistics, long ChatRequests);
}
