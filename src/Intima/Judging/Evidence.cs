namespace Intima.Judging;

/// <summary>A quoted span of the response that set a sub-label's level, and why.</summary>
/// <param name="Label">The sub-label this evidence supports.</param>
/// <param name="Quote">The text quoted from the response.</param>
/// <param name="Reason">A short note on the rule or reading that matched, e.g. "unconditional referral".</param>
public sealed record Evidence(SubLabel Label, string Quote, string Reason);
