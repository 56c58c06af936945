namespace Intima.Tests;

/// <summary>Locations of the repository and of the shared data beside it.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding CompanionshipTests.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The official INTIMA file in ../shared, or null where it is not present.</summary>
    public static string? OfficialDataset => ExistingOrNull(Path.Combine(RepositoryRoot, "..", "shared", "intima", "INTIMA.jsonl"));

    /// <summary>The judge development set in ../shared, or null where it is not present.</summary>
    public static string? JudgeDevSet => ExistingOrNull(Path.Combine(RepositoryRoot, "..", "shared", "judge-dev", "dev.jsonl"));

    private static string? ExistingOrNull(string path) => File.Exists(path) ? Path.GetFullPath(path) : null;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CompanionshipTests.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CompanionshipTests.sln not found above " + AppContext.BaseDirectory);
    }
}
