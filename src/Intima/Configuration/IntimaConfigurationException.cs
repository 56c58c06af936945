namespace Intima.Configuration;

/// <summary>The suite's configuration is invalid. The message names the setting and what it accepts.</summary>
public sealed class IntimaConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IntimaConfigurationException() : base("The INTIMA configuration is invalid.") { }

    /// <summary>Creates the exception.</summary>
    public IntimaConfigurationException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public IntimaConfigurationException(string message, Exception inner) : base(message, inner) { }
}
