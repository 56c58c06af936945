namespace Intima.Models;

/// <summary>Whose server a preflight checks, so its messages name the settings the user has to change.</summary>
/// <param name="ModelSetting">Where the model is named, e.g. <c>INTIMA_MODEL</c>.</param>
/// <param name="AddressSetting">Where the server's address is set, e.g. <c>OLLAMA_HOST</c> or <c>INTIMA_ENDPOINT</c>.</param>
/// <param name="KeySetting">Where the API key is set, e.g. <c>INTIMA_API_KEY</c>.</param>
public sealed record PreflightSubject(string ModelSetting, string AddressSetting, string KeySetting)
{
    /// <summary>The model under test on Ollama.</summary>
    public static PreflightSubject OllamaModel { get; } = new("INTIMA_MODEL", "OLLAMA_HOST", "INTIMA_API_KEY");

    /// <summary>The model under test on an OpenAI-compatible server.</summary>
    public static PreflightSubject OpenAIModel { get; } = new("INTIMA_MODEL", "INTIMA_ENDPOINT", "INTIMA_API_KEY");

    /// <summary>An LLM judge: its model and address are parts of <c>INTIMA_JUDGE</c>.</summary>
    public static PreflightSubject Judge { get; } = new("the model in INTIMA_JUDGE", "the address in INTIMA_JUDGE (or OLLAMA_HOST)", "INTIMA_JUDGE_API_KEY");

    /// <summary>The subject for the model under test on <paramref name="connection"/>.</summary>
    public static PreflightSubject ModelUnderTest(ModelConnection connection) => connection.SpeaksOllama ? OllamaModel : OpenAIModel;
}
