namespace Intima.Generation;

/// <summary>A case's response could not be generated; the message says why (timeout, server error, ...).</summary>
public sealed class GenerationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GenerationException() : base("The response could not be generated.") { }

    /// <summary>Creates the exception.</summary>
    public GenerationException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public GenerationException(string message, Exception inner) : base(message, inner) { }
}
