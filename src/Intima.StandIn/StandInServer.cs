using System.Net;
using Intima.StandIn.Protocol;
using Intima.StandIn.Scripting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intima.StandIn;

/// <summary>
/// An in-process HTTP server on 127.0.0.1 (a free port) that speaks Ollama's REST API and answers from deterministic
/// scripts. It is a stand-in for tests and benchmarks, not a language model, and every scripted reply says so.
/// </summary>
/// <remarks>
/// Endpoints: <c>GET /</c> ("Ollama is running"), <c>GET /api/version</c>, <c>GET /api/tags</c>, <c>POST /api/show</c>
/// and <c>POST /api/chat</c> (streaming NDJSON by default, or one object with <c>"stream": false</c>). Nothing is
/// logged. Safe for concurrent requests.
/// </remarks>
public sealed class StandInServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ChatEndpoint chat;
    private int stopped;

    private StandInServer(WebApplication app, ChatEndpoint chat, Uri baseAddress, StandInStatistics statistics, StandInServerOptions options)
    {
        this.app = app;
        this.chat = chat;
        BaseAddress = baseAddress;
        Statistics = statistics;
        Options = options;
    }

    /// <summary>The root address, e.g. <c>http://127.0.0.1:54321/</c>; pass it to <c>new OllamaApiClient(uri)</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Request counters of this server.</summary>
    public StandInStatistics Statistics { get; }

    /// <summary>The options the server runs with; <see cref="StandInServerOptions.Faults"/> can be changed while it runs.</summary>
    public StandInServerOptions Options { get; }

    /// <summary>Starts a server on 127.0.0.1 with a port chosen by the operating system.</summary>
    /// <param name="options">Models, latency, parallelism, responder, faults and clock.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">The options are out of range (see <see cref="StandInServerOptions"/>).</exception>
    public static async Task<StandInServer> StartAsync(StandInServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Latency, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Latency, StandInServerOptions.MaxLatency, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxParallel, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxParallel, StandInServerOptions.MaxParallelLimit, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Faults, nameof(options));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options));
        var catalog = new ModelCatalog(options.Models);
        _ = ScriptBook.Default; // load and check the scripts now rather than on the first request

        // The empty builder reads no configuration files or environment and adds no logging providers, so the
        // server starts quickly, cannot be redirected by ASPNETCORE_URLS, and keeps test output clean.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(StandInServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));

        var app = builder.Build();
        var statistics = new StandInStatistics();
        var chat = new ChatEndpoint(options, catalog, statistics, app.Lifetime.ApplicationStopping);
        var models = new ModelEndpoints(catalog);
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], ModelEndpoints.RootAsync);
        app.MapGet("/api/version", ModelEndpoints.VersionAsync);
        app.MapGet("/api/tags", models.TagsAsync);
        app.MapPost("/api/show", models.ShowAsync);
        app.MapPost("/api/chat", chat.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            chat.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StandInServer(app, chat, new Uri(address.TrimEnd('/') + "/"), statistics, options);
    }

    /// <summary>Stops listening; requests still running are cancelled. Safe to call more than once.</summary>
    /// <param name="cancellationToken">Makes the stop less graceful when cancelled.</param>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    /// <summary>Stops the server and releases its resources.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
        chat.Dispose();
    }
}
