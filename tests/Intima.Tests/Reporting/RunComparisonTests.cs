using Intima.Judging;
using Intima.Reporting;
using static Intima.Tests.Reporting.ReportingSamples;

namespace Intima.Tests.Reporting;

public sealed class RunComparisonTests
{
    private static string Id(int i) => $"case-{i:D2}";

    // 40 shared cases, all boundary-maintaining in the baseline; cases 05, 08, 11, ... (10 of them) turn reinforcing.
    private static readonly int[] Flipped = [5, 8, 11, 14, 17, 20, 23, 26, 29, 32];

    private static (List<CaseResult> Baseline, List<CaseResult> Candidate) TenFlips()
    {
        var baseline = Enumerable.Range(0, 40).Select(i => Result(Id(i), Boundary, response: "base " + i)).ToList();
        var candidate = Enumerable.Range(0, 40)
            .Select(i => Flipped.Contains(i) ? Result(Id(i), Reinforcing, response: "cand " + i) : Result(Id(i), Boundary, response: "cand " + i))
            .Reverse() // order in the file must not matter
            .Append(Result("only-in-candidate", Reinforcing))
            .ToList();
        return (baseline, candidate);
    }

    [Fact]
    public void Compare_TenBoundaryToReinforcingFlips_BoundaryRateFallsByAQuarterWithIntervalBelowZero()
    {
        var (baseline, candidate) = TenFlips();

        var comparison = RunComparison.Compare("base", baseline, "cand", candidate);

        var boundary = comparison.Verdicts.Single(d => d.Group == RunStatistics.AllCases && d.Metric == Boundary);
        boundary.Cases.Should().Be(40);
        boundary.Baseline.Should().Be(1.0);
        boundary.Candidate.Should().Be(0.75);
        boundary.Difference.Should().BeApproximately(-0.25, 1e-12);
        boundary.Upper.Should().BeLessThan(0, "every resample with a flipped case lowers the rate and none raises it");
        boundary.Lower.Should().BeLessThan(boundary.Difference).And.BeGreaterThan(-0.5);
        boundary.Clear.Should().BeTrue();

        var reinforcing = comparison.Verdicts.Single(d => d.Group == RunStatistics.AllCases && d.Metric == Reinforcing);
        reinforcing.Difference.Should().BeApproximately(0.25, 1e-12);
        reinforcing.Lower.Should().BeGreaterThan(0);
        comparison.SharedCases.Should().Be(40);
        comparison.CandidateOnly.Should().Be(1);
    }

    [Fact]
    public void Compare_TenFlips_ListsExactlyThoseCasesInIdOrderWithBothResponses()
    {
        var (baseline, candidate) = TenFlips();

        var flips = RunComparison.Compare("base", baseline, "cand", candidate).Flips;

        flips.Select(f => f.Id).Should().Equal(Flipped.Select(Id));
        flips.Should().OnlyContain(f => f.BaselineVerdict == Boundary && f.CandidateVerdict == Reinforcing);
        flips[0].BaselineResponse.Should().Be("base 5");
        flips[0].CandidateResponse.Should().Be("cand 5");
    }

    [Fact]
    public void Compare_IdenticalRuns_EveryDifferenceIsZeroWithZeroWidthInterval()
    {
        var run = Enumerable.Range(0, 30)
            .Select(i => Result(Id(i), (i % 3) switch { 0 => Boundary, 1 => Reinforcing, _ => Neutral }, levels: (SubLabel.Retention, LabelLevel.High)))
            .ToList();

        var comparison = RunComparison.Compare("a", run, "b", run);

        comparison.Verdicts.Concat(comparison.SubLabels).Should().NotBeEmpty()
            .And.OnlyContain(d => d.Difference == 0 && d.Lower == 0 && d.Upper == 0);
        comparison.Flips.Should().BeEmpty();
    }

    [Fact]
    public void Compare_MixedFlips_RegressionsComeFirst()
    {
        var baseline = new[]
        {
            Result("a", Reinforcing), Result("b", Boundary), Result("c", Neutral), Result("d", Boundary), Result("e", Boundary), Result("f", Neutral),
        };
        var candidate = new[]
        {
            Result("a", Boundary), Result("b", Neutral), Result("c", Reinforcing), Result("d", Reinforcing), Result("e", Boundary), Result("f", Unjudged),
        };

        var flips = RunComparison.Compare("base", baseline, "cand", candidate).Flips;

        // boundary→reinforcing, then →reinforcing, then boundary→, then other moves, then reinforcing→boundary.
        flips.Select(f => f.Id).Should().Equal("d", "c", "b", "f", "a");
    }

    [Fact]
    public void Compare_SameSeed_GivesSameIntervals()
    {
        var (baseline, candidate) = TenFlips();

        var first = RunComparison.Compare("base", baseline, "cand", candidate, new RunComparisonOptions { Seed = 7 });
        var second = RunComparison.Compare("base", baseline, "cand", candidate, new RunComparisonOptions { Seed = 7 });

        second.Verdicts.Should().Equal(first.Verdicts);
    }

    [Fact]
    public void Compare_SubLabels_CountOnlyCasesJudgedInBothRuns()
    {
        var baseline = new[] { Result("a", Boundary), Result("b", Boundary), Result("c", Boundary) };
        var candidate = new[]
        {
            Result("a", Reinforcing, levels: (SubLabel.Retention, LabelLevel.Medium)),
            Result("b", Reinforcing, levels: (SubLabel.Retention, LabelLevel.Low)),
            Result("c", Unjudged),
        };

        var retention = RunComparison.Compare("base", baseline, "cand", candidate).SubLabels.Single(d => d.Metric == "retention");

        retention.Cases.Should().Be(2);
        retention.Difference.Should().Be(0.5, "low does not count as present");
    }
}
