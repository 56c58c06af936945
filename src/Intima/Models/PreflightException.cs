namespace Intima.Models;

/// <summary>The model server is not reachable or lacks the model. The message names the URL or model and the fix.</summary>
public sealed class PreflightException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PreflightException() : base("The model server is not ready.") { }

    /// <summary>Creates the exception.</summary>
    public PreflightException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public PreflightException(string message, Exception inner) : base(message, inner) { }
}
