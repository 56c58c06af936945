namespace Intima.StandIn;

/// <summary>
/// Faults a test can switch on while the server runs. Thread-safe. All knobs apply to <c>/api/chat</c> requests for
/// known models only; an unknown model is always a plain 404.
/// </summary>
public sealed class StandInFaults
{
    private readonly Lock gate = new();
    private int pendingFailures;
    private int failureStatus = 503;
    private int? cutStreamAfterChars;
    private bool garbleStream;
    private bool emptyReply;
    private bool dropConnection;

    /// <summary>Chat requests still to be failed by <see cref="FailNextChats"/>.</summary>
    public int PendingFailures
    {
        get { lock (gate) { return pendingFailures; } }
    }

    /// <summary>
    /// When set (0 or more), streamed replies stop after this many characters of message content: the body ends
    /// cleanly but without the final <c>done</c> line. Applies to streaming only. Default null (off).
    /// </summary>
    public int? CutStreamAfterChars
    {
        get { lock (gate) { return cutStreamAfterChars; } }
        set
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Must be zero or more.");
            }

            lock (gate) { cutStreamAfterChars = value; }
        }
    }

    /// <summary>
    /// When true, a streamed reply gets an invalid NDJSON line after its first chunk, and a non-streamed reply's body
    /// is that invalid line. Default false.
    /// </summary>
    public bool GarbleStream
    {
        get { lock (gate) { return garbleStream; } }
        set { lock (gate) { garbleStream = value; } }
    }

    /// <summary>When true, replies have empty content (as a model that produced nothing). Default false.</summary>
    public bool EmptyReply
    {
        get { lock (gate) { return emptyReply; } }
        set { lock (gate) { emptyReply = value; } }
    }

    /// <summary>
    /// When true, the connection is aborted (reset) mid-request: after the first chunk of a streamed reply is flushed,
    /// or before any byte of a non-streamed one. The reset can overtake the flushed chunk, so a streaming client fails
    /// either while reading headers or after that chunk; it never sees a finished reply. Default false.
    /// </summary>
    public bool DropConnection
    {
        get { lock (gate) { return dropConnection; } }
        set { lock (gate) { dropConnection = value; } }
    }

    /// <summary>
    /// Fails the next <paramref name="count"/> chat requests with <paramref name="statusCode"/> and an Ollama-style
    /// <c>{"error":...}</c> body, before they take a parallel slot. Replaces any failures still pending.
    /// </summary>
    /// <param name="count">How many requests to fail, 0 or more (0 cancels pending failures).</param>
    /// <param name="statusCode">The HTTP status, 400 to 599. Default 503, what Ollama sends when its queue is full.</param>
    public void FailNextChats(int count, int statusCode = 503)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        lock (gate)
        {
            pendingFailures = count;
            failureStatus = statusCode;
        }
    }

    /// <summary>Switches every fault off.</summary>
    public void Reset()
    {
        lock (gate)
        {
            pendingFailures = 0;
            failureStatus = 503;
            cutStreamAfterChars = null;
            garbleStream = false;
            emptyReply = false;
            dropConnection = false;
        }
    }

    internal bool TryTakeFailure(out int statusCode)
    {
        lock (gate)
        {
            statusCode = failureStatus;
            if (pendingFailures == 0)
            {
                return false;
            }

            pendingFailures--;
            return true;
        }
    }
}
