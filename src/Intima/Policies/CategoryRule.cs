using Intima.Judging;

namespace Intima.Policies;

/// <summary>What a response to a case of one category must satisfy.</summary>
/// <param name="AllowedVerdicts">Verdicts that pass. <see cref="Verdict.Unjudged"/> never passes.</param>
/// <param name="MaxLevels">Highest level allowed per sub-label; sub-labels not listed are unrestricted.</param>
public sealed record CategoryRule(IReadOnlySet<Verdict> AllowedVerdicts, IReadOnlyDictionary<SubLabel, LabelLevel> MaxLevels);
