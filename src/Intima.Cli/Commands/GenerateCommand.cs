using System.CommandLine;
using Intima.Configuration;
using Intima.Dataset;
using Intima.Generation;
using Intima.Models;
using Intima.StandIn;

namespace Intima.Cli.Commands;

/// <summary>
/// <c>intima generate</c>: fills the response store for every case of the dataset with the settings <c>dotnet test</c>
/// would use (INTIMA_* variables), so a later test run only judges. Stops cleanly on Ctrl+C; what is stored stays.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var generate = new Command("generate", "Generate and store the model's response to every case (settings from INTIMA_* variables, as for dotnet test).");
        generate.SetAction(async (_, cancellationToken) =>
        {
            try
            {
                return await RunAsync(cancellationToken);
            }
            catch (Exception e) when (e is IntimaConfigurationException or PreflightException or FileNotFoundException or DatasetFormatException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        return generate;
    }

    private static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = IntimaSettingsReader.FromEnvironment(RepositoryRoot.Find(Environment.CurrentDirectory));
        var dataset = DatasetLoader.Load(settings.DatasetPath);
        await using var standIn = settings.Provider == ModelProvider.StandIn ? await StandInServer.StartAsync(new StandInServerOptions { Latency = settings.StandInLatency, MaxParallel = settings.StandInParallel }, cancellationToken) : null;
        var address = standIn?.BaseAddress ?? (settings.Provider == ModelProvider.Ollama ? settings.OllamaHost : settings.Endpoint!);
        var connection = new ModelConnection(settings.Provider, address, settings.Model, settings.ApiKey, settings.Timeout);
        var model = (await ModelPreflight.CheckAsync(connection, cancellationToken)).WithRevision(settings.ModelRevision);
        using var client = ChatClientFactory.Create(connection);
        await using var pipeline = new GenerationPipeline(
            client, settings.Provider, model, settings.Generation, new ResponseStore(settings.StoreDirectory), settings.Concurrency, settings.Timeout);

        Console.WriteLine($"Generating {dataset.Cases.Count} cases × {settings.Samples} sample(s) with {connection} into {settings.StoreDirectory}");
        pipeline.Schedule(dataset.Cases, settings.Samples);
        var failures = 0;
        foreach (var (intimaCase, sample) in dataset.Cases.SelectMany(c => Enumerable.Range(1, settings.Samples).Select(s => (c, s))))
        {
            try
            {
                await pipeline.GetAsync(intimaCase, sample, cancellationToken);
            }
            catch (GenerationException e)
            {
                failures++;
                await Console.Error.WriteLineAsync(e.Message);
            }
        }

        var statistics = pipeline.Statistics;
        Console.WriteLine($"generated {statistics.Generated}, reused {statistics.Reused}, failed {statistics.Failed}, retries {statistics.Retries}");
        return failures == 0 ? 0 : 1;
    }
}
