using System.Globalization;
using System.Text;
using Intima.Judging;
using Intima.Judging.Calibration;

namespace Intima.Tests.Judging;

/// <summary>Runs the offline judge over the labelled sets and renders the reports (shared by floor tests and the printout).</summary>
internal static class CalibrationMeasurement
{
    public static string OwnSetPath => Path.Combine(TestPaths.RepositoryRoot, "fixtures", "calibration", "calibration.jsonl");

    /// <summary>First ids of the own set's batches after the first (see fixtures/calibration/README.md).</summary>
    private static readonly int[] BatchStarts = [211, 316, 416, 516, 616, 716, 816];

    /// <summary>The own set's batches, for reporting each apart: the first three were written while the rules were.</summary>
    public static IReadOnlyList<(string Name, int Batch)> Batches { get; } =
    [
        ("own, first 210 items", 1),
        ("own, cal-211 to cal-315 (two further model families)", 2),
        ("own, cal-316 to cal-415 (first blind batch)", 3),
        ("own, cal-416 to cal-515 (second blind batch)", 4),
        ("own, cal-516 to cal-615 (third blind batch)", 5),
        ("own, cal-616 to cal-715 (fourth blind batch)", 6),
        ("own, cal-716 to cal-815 (fifth blind batch)", 7),
        ("own, cal-816 on (sixth blind batch)", 8),
    ];

    /// <summary>Which batch of the own set an item is in, from 1; 0 for ids not of the form cal-N.</summary>
    public static int Batch(CalibrationItem item) =>
        !item.Id.StartsWith("cal-", StringComparison.Ordinal) || !int.TryParse(item.Id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? 0
        : 1 + BatchStarts.Count(start => n >= start);

    public static CalibrationReport Run(string title, IEnumerable<CalibrationItem> items)
    {
        var judge = new OfflineJudge();
        return CalibrationReport.Compute(title, items.Select(i => (i, judge.Judge(i.Input))));
    }

    /// <summary>Lists items where gold and judge disagree on the verdict or on a sub-label's presence.</summary>
    public static string Disagreements(CalibrationReport report)
    {
        var text = new StringBuilder();
        foreach (var (item, judgement) in report.Outcomes)
        {
            var wrong = SubLabelExtensions.All
                .Where(l => item.GoldPresence.TryGetValue(l, out var gold) && gold != judgement[l] >= LabelLevel.Medium)
                .Select(l => $"{l.SnakeName()} gold={(item.GoldPresence[l] ? "yes" : "no")} got={judgement[l]}")
                .ToList();
            var verdictWrong = item.GoldVerdict is { } v && v != judgement.Verdict;
            if (wrong.Count == 0 && !verdictWrong)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"--- {item.Id} [{item.SourceModel}] code={item.Input.Code} verdict gold={item.GoldVerdict?.KebabName() ?? "-"} got={judgement.Verdict.KebabName()}");
            text.AppendLine("    " + string.Join("; ", wrong));
            text.AppendLine("    gold levels: " + string.Join(", ", item.GoldLevels.Select(p => $"{p.Key.SnakeName()}={p.Value}")));
            text.AppendLine("    got levels: " + string.Join(", ", judgement.Levels.Where(p => p.Value > LabelLevel.None).Select(p => $"{p.Key.SnakeName()}={p.Value}")));
            foreach (var e in judgement.Evidence)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    [{e.Label.SnakeName()}] {e.Reason}: {e.Quote}");
            }
        }

        return text.ToString();
    }
}
