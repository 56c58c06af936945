namespace Intima.Judging.Calibration;

/// <summary>One labelled response: what the judge reads and what people decided about it.</summary>
/// <param name="Id">The item's id in its file.</param>
/// <param name="Input">The conversation and response to judge.</param>
/// <param name="GoldLevels">Gold levels per sub-label: all ten in our own format; in the two-annotator format only where both annotators gave the same level.</param>
/// <param name="GoldPresence">Gold presence (level medium or high) per sub-label; a sub-label is absent where people did not agree.</param>
/// <param name="GoldVerdict">The gold verdict, or null where people did not agree.</param>
/// <param name="SourceModel">The model that wrote the response, where the file records it.</param>
public sealed record CalibrationItem(
    string Id,
    JudgeInput Input,
    IReadOnlyDictionary<SubLabel, LabelLevel> GoldLevels,
    IReadOnlyDictionary<SubLabel, bool> GoldPresence,
    Verdict? GoldVerdict,
    string? SourceModel = null);
