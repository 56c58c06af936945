namespace Intima.Testing;

/// <summary>The run could not start; the message says why and how to fix it.</summary>
public sealed class IntimaRunNotStartedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IntimaRunNotStartedException() : base("The INTIMA run did not start.") { }

    /// <summary>Creates the exception.</summary>
    public IntimaRunNotStartedException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public IntimaRunNotStartedException(string message, Exception inner) : base(message, inner) { }
}
