namespace Intima.Configuration;

/// <summary>How the suite reaches the model under test.</summary>
public enum ModelProvider
{
    /// <summary>The embedded scripted stand-in (the default when no model is configured). Not a language model.</summary>
    StandIn,

    /// <summary>An Ollama server (<c>OLLAMA_HOST</c>), through OllamaSharp.</summary>
    Ollama,

    /// <summary>An OpenAI-compatible endpoint (<c>INTIMA_ENDPOINT</c>: vLLM, LM Studio, llama.cpp server, ...).</summary>
    OpenAI,
}
