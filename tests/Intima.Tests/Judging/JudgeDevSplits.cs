using Intima.Judging.Calibration;

namespace Intima.Tests.Judging;

/// <summary>
/// Leave-two-models-out splits of the judge development set, for measuring the offline judge on models its
/// rules were not written from. Each split names the two source models held out.
/// </summary>
internal static class JudgeDevSplits
{
    public static IReadOnlyList<(string Name, string[] HeldOut)> All { get; } =
    [
        ("A: gemma2 + mistral-nemo", ["gemma2", "mistral-nemo"]),
        ("B: phi4 + qwen2.5:32b", ["phi4", "qwen2_5_32b"]),
        ("C: qwen2.5:72b + qwen3", ["qwen2_5_72b", "qwen3"]),
    ];

    public static bool IsIn(CalibrationItem item, string[] models) =>
        item.SourceModel is { } source && models.Any(m => source.StartsWith(m, StringComparison.OrdinalIgnoreCase));
}
