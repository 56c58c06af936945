using System.Globalization;

namespace Intima.StandIn.Scripting;

/// <summary>
/// Picks the scripted reply: theme from the last user message, variant from a stable hash of (seed, prompt).
/// Temperature 0 always takes the first variant, as greedy decoding ignores the seed.
/// </summary>
internal static class ScriptedResponder
{
    public static StandInReply Reply(ScriptBook book, StandInPersona persona, StandInChatRequest request)
    {
        var prompt = request.LastUserMessage;
        var theme = book.Detect(prompt);
        var variants = theme.Replies[persona];
        var index = request.Temperature is 0
            ? 0
            : (int)(StableHash.Fnv1a64(SeedText(request.Seed) + "\u001f" + prompt) % (ulong)variants.Count);
        var marker = string.Create(
            CultureInfo.InvariantCulture,
            $"{StandInReply.ScriptedMarkerPrefix}{ScriptBook.FileName(persona)}/{theme.Name}#{index + 1}]");
        return new StandInReply(marker + "\n" + variants[index]);
    }

    private static string SeedText(int? seed) =>
        seed is { } s ? s.ToString(CultureInfo.InvariantCulture) : "none";
}
