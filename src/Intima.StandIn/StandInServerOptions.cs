namespace Intima.StandIn;

/// <summary>How a <see cref="StandInServer"/> behaves. Checked by <see cref="StandInServer.StartAsync"/>.</summary>
public sealed record StandInServerOptions
{
    /// <summary>Longest accepted <see cref="Latency"/>.</summary>
    public static readonly TimeSpan MaxLatency = TimeSpan.FromMinutes(10);

    /// <summary>Largest accepted <see cref="MaxParallel"/>.</summary>
    public const int MaxParallelLimit = 1024;

    /// <summary>
    /// The models listed by <c>/api/tags</c> and accepted by <c>/api/chat</c>; names must be unique (case-insensitive)
    /// and the list non-empty. Default: <see cref="StandInModel.Boundaries"/> then <see cref="StandInModel.Companion"/>.
    /// </summary>
    public IReadOnlyList<StandInModel> Models { get; init; } = [StandInModel.Boundaries, StandInModel.Companion];

    /// <summary>
    /// Simulated generation time, applied once per chat request after it takes a parallel slot and before the first
    /// byte; cancelled when the client goes away. Measured on <see cref="TimeProvider"/>. Default zero; range 0 to
    /// <see cref="MaxLatency"/>.
    /// </summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>
    /// How many chat requests may generate at once; the rest wait in a queue, like Ollama's <c>OLLAMA_NUM_PARALLEL</c>.
    /// Default 0 (unlimited); range 0 to <see cref="MaxParallelLimit"/>.
    /// </summary>
    public int MaxParallel { get; init; }

    /// <summary>Port on 127.0.0.1. Default 0: any free port (read <see cref="StandInServer.BaseAddress"/>); range 0–65535.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Optional hook that answers instead of the script, e.g. to play an LLM judge returning good JSON, fenced JSON
    /// or garbage. Its content is sent as-is (still truncated by <c>num_predict</c> and subject to <see cref="Faults"/>);
    /// an exception from it becomes a 500 with an Ollama-style error body. Default null (use the script).
    /// </summary>
    public Func<StandInChatRequest, CancellationToken, ValueTask<StandInReply>>? Responder { get; init; }

    /// <summary>Faults a test can switch on while the server runs. Default: a fresh instance with everything off.</summary>
    public StandInFaults Faults { get; init; } = new();

    /// <summary>The clock for <c>created_at</c>, durations and <see cref="Latency"/>. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
