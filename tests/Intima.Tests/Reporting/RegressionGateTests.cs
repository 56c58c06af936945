using Intima.Configuration;
using Intima.Reporting;
using static Intima.Tests.Reporting.ReportingSamples;

namespace Intima.Tests.Reporting;

public sealed class RegressionGateTests
{
    private const string Vulnerable = "User Vulnerabilities";
    private const string Relationship = "Relationship & Intimacy";

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    private static string Id(int i) => $"grief-{i:D8}";

    // 40 User Vulnerabilities cases, all boundary-maintaining, and 10 Relationship cases, all reinforcing.
    private static List<CaseResult> Baseline() =>
    [
        .. Enumerable.Range(0, 40).Select(i => Result(Id(i), Boundary, Vulnerable)),
        .. Enumerable.Range(100, 10).Select(i => Result(Id(i), Reinforcing, Relationship)),
    ];

    private static LoadedRun Loaded(List<CaseResult> results) => new("/runs/base", null, results);

    private static List<CaseResult> WithVerdicts(List<CaseResult> results, Dictionary<string, string> verdicts) =>
        results.Select(r => verdicts.TryGetValue(r.Id, out var v) ? r with { Verdict = v } : r).ToList();

    [Fact]
    public void Evaluate_BoundaryToReinforcingFlips_RegressesAndNamesThemFirst()
    {
        var baseline = Baseline();
        var candidate = WithVerdicts(baseline, new Dictionary<string, string>
        {
            [Id(3)] = Neutral, [Id(7)] = Reinforcing, [Id(12)] = Reinforcing, [Id(20)] = Reinforcing, [Id(31)] = Reinforcing,
            [Id(33)] = Reinforcing, [Id(38)] = Reinforcing,
        });

        var gate = RegressionGate.Evaluate(Loaded(baseline), "fine-tune", candidate);

        gate.Outcome.Should().Be(RegressionGateOutcome.Regressed);
        gate.BoundaryRate!.Cases.Should().Be(40, "only User Vulnerabilities is compared by default");
        gate.BoundaryRate.Difference.Should().BeApproximately(-7 / 40.0, 1e-12);
        gate.BoundaryRate.Upper.Should().BeLessThan(0);
        gate.Flips.Select(f => f.Id).Should().Equal(Id(7), Id(12), Id(20), Id(31), Id(33), Id(38), Id(3));
        gate.Message.Should().Contain("a regression").And.Contain("100.0%").And.Contain("82.5%").And.Contain("−17.5 points");
        var listed = gate.Message.Split('\n').Where(l => l.StartsWith("  - ", StringComparison.Ordinal)).ToList();
        listed.Should().HaveCount(7);
        listed[0].Should().Be($"  - {Id(7)} (loneliness): boundary-maintaining → companionship-reinforcing");
        listed[^1].Should().Be($"  - {Id(3)} (loneliness): boundary-maintaining → neutral");
    }

    [Fact]
    public void Evaluate_IdenticalRuns_Passes()
    {
        var gate = RegressionGate.Evaluate(Loaded(Baseline()), "same", Baseline());

        gate.Outcome.Should().Be(RegressionGateOutcome.Passed);
        gate.BoundaryRate!.Difference.Should().Be(0);
        gate.Flips.Should().BeEmpty();
        gate.Message.Should().Contain("No drop").And.Contain("Flipped cases (0)");
    }

    [Fact]
    public void Evaluate_Improvement_Passes()
    {
        var baseline = WithVerdicts(Baseline(), Enumerable.Range(0, 15).ToDictionary(Id, _ => Reinforcing));

        var gate = RegressionGate.Evaluate(Loaded(baseline), "better", Baseline());

        gate.Outcome.Should().Be(RegressionGateOutcome.Passed);
        gate.BoundaryRate!.Difference.Should().BeApproximately(15 / 40.0, 1e-12);
        gate.Flips.Should().HaveCount(15).And.OnlyContain(f => f.CandidateVerdict == Boundary);
    }

    [Fact]
    public void Evaluate_OneFlipInForty_DropsWithinNoiseAndPasses()
    {
        var candidate = WithVerdicts(Baseline(), new Dictionary<string, string> { [Id(9)] = Reinforcing });

        var gate = RegressionGate.Evaluate(Loaded(Baseline()), "cand", candidate);

        gate.Outcome.Should().Be(RegressionGateOutcome.Passed, "a single flip leaves resamples without it, so the interval reaches zero");
        gate.BoundaryRate!.Upper.Should().Be(0);
        gate.Message.Should().Contain("interval includes zero").And.Contain(Id(9));
    }

    [Fact]
    public void Evaluate_FlipsOutsideTheCategory_DoNotCount_UnlessTheGateWatchesThem()
    {
        var baseline = WithVerdicts(Baseline(), Enumerable.Range(100, 10).ToDictionary(Id, _ => Boundary));
        var candidate = Baseline(); // all ten Relationship cases went boundary → reinforcing

        RegressionGate.Evaluate(Loaded(baseline), "cand", candidate).Outcome.Should().Be(RegressionGateOutcome.Passed);
        RegressionGate.Evaluate(Loaded(baseline), "cand", candidate, new RegressionGateOptions { Category = Relationship })
            .Outcome.Should().Be(RegressionGateOutcome.Regressed);
        var all = RegressionGate.Evaluate(Loaded(baseline), "cand", candidate, new RegressionGateOptions { Category = RunStatistics.AllCases });
        all.Outcome.Should().Be(RegressionGateOutcome.Regressed);
        all.BoundaryRate!.Cases.Should().Be(50);
    }

    [Fact]
    public void Evaluate_NoSharedCaseInTheCategory_SaysThereIsNothingToCompare()
    {
        var candidate = Enumerable.Range(500, 5).Select(i => Result(Id(i), Boundary, Vulnerable)).ToList();

        var gate = RegressionGate.Evaluate(Loaded(Baseline()), "cand", candidate);

        gate.Outcome.Should().Be(RegressionGateOutcome.NothingToCompare);
        gate.Message.Should().Contain("shares no case in User Vulnerabilities").And.Contain("different datasets");
    }

    [Fact]
    public void Evaluate_DifferentJudges_AreNoted()
    {
        var candidate = Baseline().Select(r => r with { Judge = "ollama:judge" }).ToList();

        RegressionGate.Evaluate(Loaded(Baseline()), "cand", candidate).Message.Should().Contain("judged by offline/1, this run by ollama:judge");
    }

    [Fact]
    public void Evaluate_ManyFlips_ListsAtMostTheLimitAndCountsTheRest()
    {
        var candidate = Baseline().Select(r => r with { Verdict = Reinforcing }).ToList();

        var gate = RegressionGate.Evaluate(Loaded(Baseline()), "cand", candidate, new RegressionGateOptions { MaxListedFlips = 5 });

        gate.Message.Split('\n').Count(l => l.StartsWith("  - ", StringComparison.Ordinal)).Should().Be(5);
        gate.Message.Should().Contain("… and 35 more");
    }

    [Fact]
    public void LoadBaseline_DirectoryWithoutResults_ThrowsConfigurationErrorNamingTheVariable()
    {
        var directory = TempDirectory();

        var act = () => RegressionGate.LoadBaseline(directory);

        act.Should().Throw<IntimaConfigurationException>()
            .WithMessage($"INTIMA_BASELINE={directory}: there is no results.jsonl in {directory}*");
    }

    [Fact]
    public void LoadBaseline_BrokenLine_ThrowsConfigurationErrorNamingTheLine()
    {
        var directory = TempDirectory();
        File.WriteAllText(Path.Combine(directory, "results.jsonl"), "{not json\n");

        var act = () => RegressionGate.LoadBaseline(directory);

        act.Should().Throw<IntimaConfigurationException>().WithMessage("*cannot read the baseline's results*results.jsonl:1*");
    }

    [Fact]
    public void Evaluate_Samples_PairBySampleAndNameTheSample()
    {
        var baseline = Baseline().SelectMany(r => new[] { r, r with { Sample = 2 } }).ToList();
        var candidate = baseline.Select(r => r.Sample == 2 && r.Category == Vulnerable && string.CompareOrdinal(r.Id, Id(10)) < 0 ? r with { Verdict = Reinforcing } : r).ToList();

        var gate = RegressionGate.Evaluate(Loaded(baseline), "cand", candidate);

        gate.BoundaryRate!.Cases.Should().Be(80);
        gate.Outcome.Should().Be(RegressionGateOutcome.Regressed);
        gate.Flips.Should().HaveCount(10).And.OnlyContain(f => f.Sample == 2);
        gate.Message.Should().Contain($"  - {Id(0)} sample 2 (loneliness): boundary-maintaining → companionship-reinforcing");
    }

    [Fact]
    public void Load_ResultsWithSamples_KeepsEverySample()
    {
        var directory = TempDirectory();
        var lines = Baseline().Take(3).SelectMany(r => new[] { r, r with { Sample = 2 } })
            .Select(r => System.Text.Json.JsonSerializer.Serialize(r, WebJson));
        File.WriteAllLines(Path.Combine(directory, "results.jsonl"), lines);

        var run = RegressionGate.LoadBaseline(directory);

        run.Results.Select(r => (r.Id, r.Sample)).Should().Equal((Id(0), 1), (Id(0), 2), (Id(1), 1), (Id(1), 2), (Id(2), 1), (Id(2), 2));
    }
}
