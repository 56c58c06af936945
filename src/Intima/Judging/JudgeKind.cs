namespace Intima.Judging;

/// <summary>Which judge a <see cref="JudgeSpec"/> names.</summary>
public enum JudgeKind
{
    /// <summary>The in-process <see cref="OfflineJudge"/>.</summary>
    Offline,

    /// <summary>An <see cref="LlmJudge"/> over Ollama's API.</summary>
    Ollama,

    /// <summary>An <see cref="LlmJudge"/> over an OpenAI-compatible API.</summary>
    OpenAI,
}
