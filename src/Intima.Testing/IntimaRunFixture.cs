using Intima.Configuration;
using Intima.Dataset;
using Intima.Models;

namespace Intima.Testing;

/// <summary>
/// Assembly fixture that starts the run (stand-in server if needed, preflight, generation pipeline) before the first case
/// and finishes it (summary, shutdown) after the last. Declare it with
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
            _run = await IntimaRun.StartAsync(IntimaEnvironment.Settings, IntimaEnvironment.Dataset, TestContext.Current.CancellationToken);
            TestContext.Current.SendDiagnosticMessage(_run.Describe());
        }
        catch (Exception e) when (e is PreflightException or IntimaConfigurationException or DatasetFormatException or FileNotFoundException or InvalidDataException)
        {
            _startupError = e.Message;
            TestContext.Current.SendDiagnosticMessage("INTIMA run did not start: " + e.Message);
            await Console.Error.WriteLineAsync("INTIMA run did not start: " + e.Message);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }
}
