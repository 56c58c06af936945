using System.CommandLine;
using Intima.StandIn;

namespace Intima.Cli.Commands;

/// <summary><c>intima standin serve</c>: runs the scripted stand-in on loopback until Ctrl+C, for trying clients by hand.</summary>
internal static class StandInCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 0 };
        var latency = new Option<int>("--latency-ms") { Description = "Delay before each reply, in milliseconds.", DefaultValueFactory = _ => 0 };
        var parallel = new Option<int>("--parallel") { Description = "Replies generated at once (0: unlimited), like OLLAMA_NUM_PARALLEL.", DefaultValueFactory = _ => 0 };
        var serve = new Command("serve", "Serve Ollama's REST API with the scripted stand-in (not a language model).") { port, latency, parallel };
        serve.SetAction(async (result, cancellationToken) =>
        {
            var options = new StandInServerOptions
            {
                Port = result.GetValue(port),
                Latency = TimeSpan.FromMilliseconds(result.GetValue(latency)),
                MaxParallel = result.GetValue(parallel),
            };
            await using var server = await StandInServer.StartAsync(options, cancellationToken);
            Console.WriteLine($"Scripted stand-in (not a language model) serving Ollama's API at {server.BaseAddress}");
            Console.WriteLine($"Models: {string.Join(", ", options.Models.Select(m => m.Name))}. Ctrl+C stops it.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }

            return 0;
        });
        return new Command("standin", "The embedded scripted stand-in server.") { serve };
    }
}
