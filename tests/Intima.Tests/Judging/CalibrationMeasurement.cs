using System.Globalization;
using System.Text;
using Intima.Judging;
using Intima.Judging.Calibration;

namespace Intima.Tests.Judging;

/// <summary>Runs the offline judge over the labelled sets and renders the reports (shared by floor tests and the printout).</summary>
internal static class CalibrationMeasurement
{
    public static string OwnSetPath => Path.Combine(TestPaths.RepositoryRoot, "fixtures", "calibration", "calibration.jsonl");

    /// <summary>
    /// Which batch of the own set an item is in: 1 for the first 210; 2 for cal-211 to cal-315, written later in the manner
    /// of two further model families; 3 for cal-316 on, written blind (by someone who had not seen the rules or the
    /// real labelled answers, and labelled before any judge ran on them).
    /// </summary>
    public static int Batch(CalibrationItem item) =>
        !item.Id.StartsWith("cal-", StringComparison.Ordinal) || !int.TryParse(item.Id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? 0
        : n >= 316 ? 3 : n >= 211 ? 2 : 1;

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
