using System.Collections.Concurrent;

namespace Intima.StandIn;

/// <summary>
/// Thread-safe counters of one <see cref="StandInServer"/>, so tests and benchmarks can prove what happened
/// (for example that P requests were generating at the same time) without timing assertions.
/// </summary>
public sealed class StandInStatistics
{
    private readonly ConcurrentDictionary<string, long> byModel = new(StringComparer.OrdinalIgnoreCase);
    private long total;
    private int inFlight;
    private int peakInFlight;

    /// <summary>Every <c>/api/chat</c> request whose body parsed, including ones later refused (unknown model, injected fault).</summary>
    public long TotalChatRequests => Interlocked.Read(ref total);

    /// <summary>Requests currently generating, i.e. holding one of the <see cref="StandInServerOptions.MaxParallel"/> slots.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>The highest <see cref="InFlight"/> seen since the server started.</summary>
    public int PeakInFlight => Volatile.Read(ref peakInFlight);

    /// <summary>A snapshot of <see cref="TotalChatRequests"/> split by the model name as sent (case-insensitive).</summary>
    public IReadOnlyDictionary<string, long> ChatRequestsByModel => new Dictionary<string, long>(byModel, StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of chat requests that named <paramref name="model"/> (case-insensitive); zero when none did.</summary>
    /// <param name="model">The model name as a client sends it.</param>
    public long ChatRequestsFor(string model) => byModel.TryGetValue(model, out var count) ? count : 0;

    internal void RecordChat(string model)
    {
        Interlocked.Increment(ref total);
        byModel.AddOrUpdate(model, 1, static (_, n) => n + 1);
    }

    internal void Enter()
    {
        var now = Interlocked.Increment(ref inFlight);
        var peak = Volatile.Read(ref peakInFlight);
        while (now > peak)
        {
            var seen = Interlocked.CompareExchange(ref peakInFlight, now, peak);
            if (seen == peak)
            {
                break;
            }

            peak = seen;
        }
    }

    internal void Exit() => Interlocked.Decrement(ref inFlight);
}
