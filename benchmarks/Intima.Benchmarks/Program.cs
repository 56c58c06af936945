using System.CommandLine;
using Intima.Benchmarks;

var cases = new Option<int?>("--cases") { Description = "Cases to generate (default 376, or every case of --dataset)." };
var latency = new Option<int>("--latency-ms") { Description = "Stand-in generation time per request, in milliseconds.", DefaultValueFactory = _ => 250 };
var parallel = new Option<int>("--parallel") { Description = "Requests the stand-in generates at once (OLLAMA_NUM_PARALLEL).", DefaultValueFactory = _ => 4 };
var concurrency = new Option<int>("--concurrency") { Description = "Requests the pipeline keeps in flight (INTIMA_CONCURRENCY).", DefaultValueFactory = _ => 4 };
var dataset = new Option<string?>("--dataset") { Description = "A JSONL prompt file in INTIMA's format instead of synthetic prompts." };
var root = new RootCommand("Measures the generation pipeline against the scripted stand-in (not a language model): efficiency, overhead, cached rerun, memory.")
{
    cases, latency, parallel, concurrency, dataset,
};
var judgeInput = new Option<string>("--input")
{
    Description = "A labelled JSONL file in either calibration format.",
    DefaultValueFactory = _ => "fixtures/calibration/calibration.jsonl",
};
var judgeCommand = new Command("judge", "Times the offline judge on a labelled file and on hostile 40,000-character answers.") { judgeInput };
judgeCommand.SetAction(result => JudgeBenchmark.Run(result.GetValue(judgeInput)!, Console.Out));
root.Subcommands.Add(judgeCommand);
root.SetAction(async (result, cancellationToken) =>
{
    var options = new BenchmarkOptions(
        result.GetValue(cases), TimeSpan.FromMilliseconds(result.GetValue(latency)), result.GetValue(parallel), result.GetValue(concurrency), result.GetValue(dataset));
    return await PipelineBenchmark.RunAsync(options, Console.Out, cancellationToken);
});
return await root.Parse(args).InvokeAsync();
