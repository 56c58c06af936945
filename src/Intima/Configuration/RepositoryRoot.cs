namespace Intima.Configuration;

/// <summary>Finds the repository root, against which relative paths in settings are resolved.</summary>
public static class RepositoryRoot
{
    /// <summary>The file that marks the root.</summary>
    public const string Marker = "CompanionshipTests.sln";

    /// <summary>The nearest folder at or above <paramref name="start"/> holding <see cref="Marker"/>; <paramref name="start"/> itself when there is none.</summary>
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        return Path.GetFullPath(start);
    }
}
