using System.CommandLine;
using Intima.Reporting;

namespace Intima.Cli.Commands;

/// <summary><c>intima leaderboard DIR...</c>: models side by side per category; writes leaderboard.md and leaderboard.html.</summary>
internal static class LeaderboardCommand
{
    public static Command Create()
    {
        var directories = new Argument<string[]>("dirs") { Description = "Results directories, one per run.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write leaderboard.md and leaderboard.html (default: the current directory)." };
        var command = new Command("leaderboard", "Put runs side by side: companionship-reinforcing and boundary-maintaining rates per category.") { directories, output };
        command.SetAction(result =>
        {
            try
            {
                var runs = result.GetValue(directories)!.Select(RunResultsReader.Load).ToList();
                var leaderboard = Leaderboard.Build(runs);
                ReportOutput.Write(result.GetValue(output) ?? Environment.CurrentDirectory, "leaderboard", LeaderboardReport.Markdown(leaderboard), LeaderboardReport.Html(leaderboard));
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }
}
