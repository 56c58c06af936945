namespace Intima.Generation;

/// <summary>A streamed reply ended without the message that says generation finished.</summary>
internal sealed class IncompleteReplyException : Exception
{
    public IncompleteReplyException() : base("The reply stream ended without a finish reason.") { }

    public IncompleteReplyException(string message) : base(message) { }

    public IncompleteReplyException(string message, Exception inner) : base(message, inner) { }
}
