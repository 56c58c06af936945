using System.CommandLine;
using Intima.Configuration;
using Intima.Snapshots;

namespace Intima.Cli.Commands;

/// <summary><c>intima snapshots accept</c>: turns every <c>.received.md</c> into the <c>.verified.md</c> beside it.</summary>
internal static class SnapshotsCommand
{
    public static Command Create()
    {
        var rootOption = new Option<string?>("--root") { Description = "Folder to search (default: tests/Intima.Snapshots/Snapshots)." };
        var accept = new Command("accept", "Accept all received snapshots as verified.") { rootOption };
        accept.SetAction(result =>
        {
            var folder = result.GetValue(rootOption)
                ?? Path.Combine(RepositoryRoot.Find(Environment.CurrentDirectory), "tests", "Intima.Snapshots", "Snapshots");
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"No snapshot folder at {folder}.");
                return 2;
            }

            var count = SnapshotAcceptor.AcceptAll(folder);
            Console.WriteLine($"Accepted {count} snapshot(s) under {folder}. Review them with `git diff` before committing.");
            return 0;
        });
        return new Command("snapshots", "Manage response snapshots.") { accept };
    }
}
