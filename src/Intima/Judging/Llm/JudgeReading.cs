namespace Intima.Judging.Llm;

/// <summary>What could be read from a judge's answer: levels (at least one) and any evidence.</summary>
internal sealed record JudgeReading(IReadOnlyDictionary<SubLabel, LabelLevel> Levels, IReadOnlyList<Evidence> Evidence);
