using Intima.Configuration;
using Intima.Dataset;
using Intima.Models;

namespace Intima.Testing;

/// <summary>
/// Assembly fixture that starts the run (stand-in server if needed, preflight, generation pipeline) before the first case
/// and finishes it (reports, shutdown) after the last. Progress lines while answers are generated and a closing summary
/// (rates per category, where the reports are) go to the console as xUnit diagnostic messages. Declare it with
/// <c>[assembly: AssemblyFixture(typeof(IntimaRunFixture))]</c>.
/// </summary>
/// <remarks>
/// When the run cannot start (server down, model missing, bad configuration), every case fails at once with that one
/// message, without the network stack trace, instead of each case timing out.
/// </remarks>
public sealed class IntimaRunFixture : IAsyncLifetime
{
    private IntimaRun? _run;
    private string? _startupError;

    /// <summary>The run. Throws <see cref="IntimaRunNotStartedException"/> with the reason when the run could not start.</summary>
    public IntimaRun Run => _run ?? throw new IntimaRunNotStartedException(_startupError ?? "The INTIMA run has not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        try
        {
            _run = await IntimaRun.StartAsync(IntimaEnvironment.Settings, IntimaEnvironment.Dataset, TimeProvider.System, Log, TestContext.Current.CancellationToken);
            TestContext.Current.SendDiagnosticMessage(_run.Describe());
        }
        catch (Exception e) when (IntimaEnvironment.IsSetupError(e))
        {
            _startupError = e.Message;
            TestContext.Current.SendDiagnosticMessage("INTIMA run did not start: " + e.Message);
            await Console.Error.WriteLineAsync("INTIMA run did not start: " + e.Message);
        }
    }

    // Diagnostic messages are what `dotnet test` shows in VSTest mode (diagnosticMessages on in xunit.runner.json), from a
    // pipeline worker as from the fixture's dispose; the test host's stdout and stderr are not shown. Verified 2026-11-27.
    private static void Log(string line) => TestContext.Current.SendDiagnosticMessage(line);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }
}
