using System.CommandLine;
using Intima.Reporting;

namespace Intima.Cli.Commands;

/// <summary><c>intima compare BASELINE CANDIDATE</c>: rate differences with paired bootstrap intervals and verdict flips; writes compare.md and compare.html.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var baseline = new Argument<string>("baseline-dir") { Description = "Results directory of the baseline run." };
        var candidate = new Argument<string>("candidate-dir") { Description = "Results directory of the candidate run." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write compare.md and compare.html (default: the candidate directory)." };
        var resamples = new Option<int>("--resamples") { Description = "Bootstrap resamples (100–100000).", DefaultValueFactory = _ => new RunComparisonOptions().Resamples };
        var seed = new Option<int>("--seed") { Description = "Bootstrap seed.", DefaultValueFactory = _ => new RunComparisonOptions().Seed };
        var command = new Command("compare", "Compare two runs over their shared cases: rate differences with paired bootstrap 95% intervals, and verdict flips.")
        {
            baseline, candidate, output, resamples, seed,
        };
        command.SetAction(result =>
        {
            try
            {
                var baseRun = RunResultsReader.Load(result.GetValue(baseline)!);
                var candRun = RunResultsReader.Load(result.GetValue(candidate)!);
                var comparison = RunComparison.Compare(baseRun, candRun, new RunComparisonOptions { Resamples = result.GetValue(resamples), Seed = result.GetValue(seed) });
                ReportOutput.Write(result.GetValue(output) ?? candRun.Directory, "compare", ComparisonReport.Markdown(comparison), ComparisonReport.Html(comparison));
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or ArgumentOutOfRangeException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }
}
