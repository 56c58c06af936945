namespace Intima.Cli.Commands;

/// <summary>Writes a markdown and an HTML report side by side and prints the markdown, as compare and leaderboard do.</summary>
internal static class ReportOutput
{
    public static void Write(string folder, string baseName, string markdown, string html)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, baseName + ".md"), markdown);
        File.WriteAllText(Path.Combine(folder, baseName + ".html"), html);
        Console.WriteLine(markdown);
        Console.Error.WriteLine($"Wrote {baseName}.md and {baseName}.html to {Path.GetFullPath(folder)}.");
    }
}
