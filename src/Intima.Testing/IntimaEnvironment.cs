using Intima.Configuration;
using Intima.Dataset;

namespace Intima.Testing;

/// <summary>
/// The settings and dataset of this test process, read once. Theory data needs them at discovery time, before any
/// fixture exists, so they live here rather than in <see cref="IntimaRun"/>.
/// </summary>
public static class IntimaEnvironment
{
    /// <summary>The repository root: the folder holding CompanionshipTests.sln above the test binaries.</summary>
    public static string RepositoryRootPath { get; } = RepositoryRoot.Find(AppContext.BaseDirectory);

    private static readonly Lazy<IntimaSettings> LazySettings = new(() => IntimaSettingsReader.FromEnvironment(RepositoryRootPath));
    private static readonly Lazy<IntimaDataset> LazyDataset = new(() => DatasetLoader.Load(Settings.DatasetPath));

    /// <summary>Settings from the environment (and the runsettings profile).</summary>
    public static IntimaSettings Settings => LazySettings.Value;

    /// <summary>True for the errors a user fixes in configuration or data: their messages say what to do.</summary>
    public static bool IsSetupError(Exception e) =>
        e is IntimaConfigurationException or DatasetFormatException or FileNotFoundException or InvalidDataException or Models.PreflightException;

    /// <summary>The configured dataset.</summary>
    public static IntimaDataset Dataset => LazyDataset.Value;
}
