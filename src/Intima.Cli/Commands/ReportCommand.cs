using System.CommandLine;
using Intima.Reporting;

namespace Intima.Cli.Commands;

/// <summary><c>intima report DIR</c>: rewrites a run's summary.json, report.md, report.html and categories.png from its results.jsonl and run.json.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "A results directory holding results.jsonl and run.json." };
        var command = new Command("report", "Rewrite a run's reports from its results.jsonl and run.json (e.g. after upgrading this tool).") { directory };
        command.SetAction(result =>
        {
            try
            {
                var run = RunResultsReader.Load(result.GetValue(directory)!);
                if (run.Metadata is null)
                {
                    Console.Error.WriteLine($"No {RunReportWriter.RunJson} in {run.Directory}: it is written when a run ends.");
                    return 2;
                }

                var files = RunReportWriter.Write(run.Directory, run.Metadata, run.Results, new RunReportOptions { StepSummaryPath = null });
                foreach (var path in files.Written)
                {
                    Console.WriteLine(path);
                }

                foreach (var warning in files.Warnings)
                {
                    Console.Error.WriteLine("warning: " + warning);
                }

                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }
}
