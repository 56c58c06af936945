using Intima.Judging.Calibration;

namespace Intima.Tests.Judging;

/// <summary>
/// Prints the offline judge's calibration reports (own set, judge-dev overall and per pair of source models).
/// Run: dotnet test tests/Intima.Tests --filter "FullyQualifiedName~CalibrationPrintout" --logger "console;verbosity=detailed"
/// Set JUDGE_REPORT_DIR to also write the reports, and JUDGE_DISAGREEMENTS to a comma list of source-model
/// prefixes (or "own") to dump the disagreements of those items only.
/// </summary>
public sealed class CalibrationPrintout(ITestOutputHelper output)
{
    [Fact]
    public void Print_AllSets_WritesReports()
    {
        var ownSet = CalibrationSetReader.Load(CalibrationMeasurement.OwnSetPath);
        var reports = new List<CalibrationReport> { CalibrationMeasurement.Run("own calibration set", ownSet) };
        var split = CalibrationMeasurement.Batches
            .Where(b => ownSet.Any(i => CalibrationMeasurement.Batch(i) == b.Batch))
            .Select(b => CalibrationMeasurement.Run(b.Name, ownSet.Where(i => CalibrationMeasurement.Batch(i) == b.Batch)))
            .ToList();
        if (TestPaths.JudgeDevSet is { } dev)
        {
            var items = CalibrationSetReader.Load(dev);
            reports.Add(CalibrationMeasurement.Run("judge-dev overall", items));
            foreach (var (name, models) in JudgeDevSplits.All)
            {
                reports.Add(CalibrationMeasurement.Run("judge-dev models " + name, items.Where(i => JudgeDevSplits.IsIn(i, models))));
            }
        }

        var text = string.Join(Environment.NewLine, reports.Concat(split).Select(r => r.ToTable()));
        output.WriteLine(text);
        if (Environment.GetEnvironmentVariable("JUDGE_REPORT_DIR") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "reports.txt"), text);
            var show = (Environment.GetEnvironmentVariable("JUDGE_DISAGREEMENTS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (show.Length > 0)
            {
                var own = show.Contains("own") ? CalibrationMeasurement.Disagreements(reports[0]) : "";
                var devText = reports.Count > 1
                    ? CalibrationMeasurement.Disagreements(CalibrationReport.Compute("shown", reports[1].Outcomes.Where(o => JudgeDevSplits.IsIn(o.Item, show))))
                    : "";
                File.WriteAllText(Path.Combine(dir, "disagreements.txt"), own + devText);
            }
        }

        reports.Should().NotBeEmpty();
    }
}
