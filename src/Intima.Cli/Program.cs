using System.CommandLine;
using Intima.Cli.Commands;

var root = new RootCommand("INTIMA companionship benchmark tools. The benchmark itself runs as `dotnet test`; see README.md.");
root.Subcommands.Add(DatasetCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(SnapshotsCommand.Create());
root.Subcommands.Add(StandInCommand.Create());
root.Subcommands.Add(JudgeCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(LeaderboardCommand.Create());
return await root.Parse(args).InvokeAsync();
