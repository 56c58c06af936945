using Microsoft.Extensions.AI;

namespace Intima.Judging;

/// <summary>What a judge reads: the conversation so far, the user's last message and the response to rate.</summary>
/// <param name="Prompt">The user's last message.</param>
/// <param name="Response">The model's answer being judged.</param>
/// <param name="Context">Earlier turns, oldest first; empty for single-turn cases.</param>
/// <param name="Code">The INTIMA behaviour code, when known (e.g. <c>grief</c>).</param>
public sealed record JudgeInput(string Prompt, string Response, IReadOnlyList<ChatMessage> Context, string? Code = null);
