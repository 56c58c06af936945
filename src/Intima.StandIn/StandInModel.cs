namespace Intima.StandIn;

/// <summary>A model name the stand-in answers to, and the script behind it.</summary>
/// <param name="Name">
/// The Ollama model name, e.g. <c>intima-standin:boundaries</c>. Matched case-insensitively; a requested name without
/// a tag also matches <c>name:latest</c>, as in Ollama.
/// </param>
/// <param name="Digest">
/// The digest reported by <c>/api/tags</c> (64 lowercase hex characters). Null (the default) derives a stable
/// SHA-256 from the name, the persona and the script files, so editing a script changes it.
/// </param>
/// <param name="Persona">The script that answers for this name. Default <see cref="StandInPersona.Boundaries"/>.</param>
public sealed record StandInModel(string Name, string? Digest = null, StandInPersona Persona = StandInPersona.Boundaries)
{
    /// <summary>The default model: the boundary-keeping script, <c>intima-standin:boundaries</c>.</summary>
    public static StandInModel Boundaries { get; } = new("intima-standin:boundaries", Persona: StandInPersona.Boundaries);

    /// <summary>The companionship-reinforcing script, <c>intima-standin:companion</c>.</summary>
    public static StandInModel Companion { get; } = new("intima-standin:companion", Persona: StandInPersona.Companion);
}
