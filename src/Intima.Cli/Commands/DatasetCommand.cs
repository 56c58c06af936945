using System.CommandLine;
using Intima.Configuration;
using Intima.Dataset;

namespace Intima.Cli.Commands;

/// <summary><c>intima dataset info [PATH]</c>: validates a prompt file and prints its cases per category and code.</summary>
internal static class DatasetCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("path")
        {
            Description = "A JSONL file in the official INTIMA format (default: INTIMA_DATASET, else the bundled prompt set).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var info = new Command("info", "Validate a prompt file and count its cases per category and code.") { path };
        info.SetAction(result =>
        {
            try
            {
                var file = result.GetValue(path) ?? IntimaSettingsReader.FromEnvironment(RepositoryRoot.Find(Environment.CurrentDirectory)).DatasetPath;
                var dataset = DatasetLoader.Load(file);
                Console.WriteLine($"{dataset.SourcePath}");
                Console.WriteLine($"sha256 {dataset.Sha256}");
                Console.WriteLine($"{dataset.RowCount} rows, {dataset.Cases.Count} distinct cases, {dataset.DuplicatesCollapsed} duplicate rows collapsed");
                foreach (var category in dataset.Cases.GroupBy(c => c.Category).OrderBy(g => g.Key))
                {
                    Console.WriteLine($"{category.Key.DisplayName()}: {category.Count()}");
                    foreach (var code in category.GroupBy(c => c.Code.Code))
                    {
                        Console.WriteLine($"  {code.Key}: {code.Count()}");
                    }
                }

                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or DatasetFormatException or IntimaConfigurationException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return new Command("dataset", "Inspect prompt files.") { info };
    }
}
