namespace Intima.StandIn.Scripting;

/// <summary>One theme: normalised keywords (word prefixes) and each persona's reply variants.</summary>
internal sealed record ScriptTheme(
    string Name,
    IReadOnlyList<string> Keywords,
    IReadOnlyDictionary<StandInPersona, IReadOnlyList<string>> Replies);
