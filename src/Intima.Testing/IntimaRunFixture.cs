namespace Intima.Testing;

/// <summary>
/// Assembly fixture that starts the run (stand-in server if needed, preflight, generation pipeline) before the first case
/// and finishes it (summary, shutdown) after the last. Declare it with
/// <c>[assembly: AssemblyFixture(typeof(IntimaRunFixture))]</c>.
/// </summary>
public sealed class IntimaRunFixture : IAsyncLifetime
{
    private IntimaRun? _run;

    /// <summary>The run. Throws the preflight or configuration error when the run could not start.</summary>
    public IntimaRun Run => _run ?? throw new InvalidOperationException("The INTIMA run has not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _run = await IntimaRun.StartAsync(IntimaEnvironment.Settings, IntimaEnvironment.Dataset, TestContext.Current.CancellationToken);
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
