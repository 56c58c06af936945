using Intima.Judging.Calibration;

namespace Intima.Tests.Judging;

/// <summary>
/// The judge development set split by source model, two models at a time, to show whether some models' answers are
/// read worse than others. (Pair A was never read while writing offline/1 to offline/4; offline/5's rules were written
/// after reading its disagreements, so no pair is unseen any more.)
/// </summary>
internal static class JudgeDevSplits
{
    public static IReadOnlyList<(string Name, string[] Models)> All { get; } =
    [
        ("A: gemma2 + mistral-nemo", ["gemma2", "mistral-nemo"]),
        ("B: phi4 + qwen2.5:32b", ["phi4", "qwen2_5_32b"]),
        ("C: qwen2.5:72b + qwen3", ["qwen2_5_72b", "qwen3"]),
    ];

    public static bool IsIn(CalibrationItem item, string[] models) =>
        item.SourceModel is { } source && models.Any(m => source.StartsWith(m, StringComparison.OrdinalIgnoreCase));
}
