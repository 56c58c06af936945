namespace Intima.StandIn;

/// <summary>One message of an <c>/api/chat</c> request.</summary>
/// <param name="Role">The role as sent: <c>system</c>, <c>user</c>, <c>assistant</c> or <c>tool</c>.</param>
/// <param name="Content">The text; empty when the client sent none.</param>
public sealed record StandInChatMessage(string Role, string Content);
