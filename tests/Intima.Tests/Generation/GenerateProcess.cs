using System.Diagnostics;
using System.Text;

namespace Intima.Tests.Generation;

/// <summary>
/// <c>intima generate</c> (src/Intima.Cli) in a child process, configured only by the variables given here: the other
/// half of the tests that kill a run or let two processes share a store.
/// </summary>
internal sealed class GenerateProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private GenerateProcess(Process process) => _process = process;

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public static GenerateProcess Start(Uri ollamaHost, string storeDirectory, string datasetPath, int concurrency)
    {
        var start = new ProcessStartInfo(DotnetHost(), [CliAssembly(), "generate"])
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // A runsettings profile or the caller's shell must not steer the child: only these settings apply.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("INTIMA_", StringComparison.Ordinal) || k is "OLLAMA_HOST" or "CI").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["INTIMA_PROVIDER"] = "ollama";
        start.Environment["INTIMA_MODEL"] = Intima.StandIn.StandInModel.Boundaries.Name;
        start.Environment["OLLAMA_HOST"] = ollamaHost.ToString();
        start.Environment["INTIMA_STORE_DIR"] = storeDirectory;
        start.Environment["INTIMA_DATASET"] = datasetPath;
        start.Environment["INTIMA_CONCURRENCY"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var process = new Process { StartInfo = start };
        var child = new GenerateProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public bool HasExited => _process.HasExited;

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output) { _output.AppendLine(line); }
        }
    }

    // The SDK tells child processes where its dotnet is; fall back to the one on PATH.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The CLI built beside this test assembly's configuration (the project reference builds it first).</summary>
    private static string CliAssembly()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = Path.Combine(TestPaths.RepositoryRoot, "src", "Intima.Cli", "bin", configuration, framework.Name, "Intima.Cli.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/Intima.Cli first; not found: " + path, path);
    }
}
