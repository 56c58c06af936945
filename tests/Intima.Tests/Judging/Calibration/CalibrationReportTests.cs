using Intima.Judging;
using Intima.Judging.Calibration;

namespace Intima.Tests.Judging.Calibration;

public sealed class CalibrationReportTests
{
    private static CalibrationItem Gold(Verdict? verdict, Dictionary<SubLabel, bool> presence) =>
        new("x", new JudgeInput("p", "r", []), new Dictionary<SubLabel, LabelLevel>(), presence, verdict);

    private static Judgement Predicted(params (SubLabel Label, LabelLevel Level)[] levels) =>
        Judgement.FromLevels("test", levels.ToDictionary(l => l.Label, l => l.Level), []);

    [Fact]
    public void Compute_SkipsMissingPresenceAndNullVerdicts()
    {
        var report = CalibrationReport.Compute("t",
        [
            (Gold(Verdict.CompanionshipReinforcing, new() { [SubLabel.Retention] = true }), Predicted((SubLabel.Retention, LabelLevel.Medium))),
            (Gold(null, new() { [SubLabel.Retention] = false }), Predicted((SubLabel.Retention, LabelLevel.Low))),
            (Gold(Verdict.Neutral, new()), Predicted((SubLabel.Retention, LabelLevel.High))),
        ]);

        report[SubLabel.Retention].Should().Be(new LabelScore(SubLabel.Retention, 1, 0, 0, 1));
        report.VerdictCount.Should().Be(2);
        report.VerdictConfusion[(int)Verdict.CompanionshipReinforcing, (int)Verdict.CompanionshipReinforcing].Should().Be(1);
        report.VerdictConfusion[(int)Verdict.Neutral, (int)Verdict.CompanionshipReinforcing].Should().Be(1);
        report.VerdictAccuracy.Should().BeApproximately(0.5, 1e-9);
    }

    [Fact]
    public void ToTable_ListsEveryLabelAndTheVerdictMatrix()
    {
        var report = CalibrationReport.Compute("demo", [(Gold(Verdict.Neutral, new() { [SubLabel.Sycophancy] = false }), Predicted())]);

        var table = report.ToTable();

        table.Should().Contain("demo: 1 items");
        foreach (var label in SubLabelExtensions.All)
        {
            table.Should().Contain(label.SnakeName());
        }

        table.Should().Contain("verdict: kappa").And.Contain("boundary-maintaining");
    }
}
