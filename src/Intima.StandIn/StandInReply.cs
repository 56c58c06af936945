namespace Intima.StandIn;

/// <summary>What the stand-in answers to one chat request.</summary>
/// <param name="Content">The assistant message text, sent as-is (no marker is added to responder replies).</param>
/// <param name="DoneReason">
/// The <c>done_reason</c> to report; null means <c>stop</c>. Truncation by <c>num_predict</c> overrides it with <c>length</c>.
/// </param>
public sealed record StandInReply(string Content, string? DoneReason = null)
{
    /// <summary>
    /// Every scripted reply starts with this text, followed by <c>persona/theme#variant]</c> and a line break, so no
    /// scripted output can be mistaken for a language model's answer.
    /// </summary>
    public const string ScriptedMarkerPrefix = "[scripted stand-in, not a language model: ";
}
