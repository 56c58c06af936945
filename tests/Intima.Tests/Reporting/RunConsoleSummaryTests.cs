using Intima.Generation;
using Intima.Reporting;
using static Intima.Tests.Reporting.ReportingSamples;

namespace Intima.Tests.Reporting;

public sealed class RunConsoleSummaryTests
{
    private static readonly List<CaseResult> Results =
    [
        Result("a", Boundary, "User Vulnerabilities"),
        Result("b", Reinforcing, "User Vulnerabilities"),
        Result("c", Boundary, "Relationship & Intimacy"),
        Result("d", Unjudged, "Relationship & Intimacy"),
    ];

    [Fact]
    public void Lines_FinishedRun_GiveCountsRatesPerCategoryAndReportPaths()
    {
        var lines = RunConsoleSummary.Lines(Metadata(cases: 4), RunStatistics.Compute(Results), "/runs/x", new GenerationStatistics(4, 3, 0, 1, 2));

        lines[0].Should().Be("INTIMA summary: test-model, judge offline/1, policy wellbeing: 4 results, 2 passed, 2 failed, in 2 min");
        lines[1].Should().Be("  answers: 3 generated, 0 reused from the store, 1 failed, 2 retries");
        lines.Should().Contain(l => l.StartsWith("  User Vulnerabilities ", StringComparison.Ordinal) && l.Contains("50.0%", StringComparison.Ordinal));
        lines.Single(l => l.StartsWith("  Relationship & Intimacy", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Should().Equal("Relationship", "&", "Intimacy", "2", "50.0%", "0.0%", "0.0%", "50.0%", "50.0%");
        lines.Should().Contain("  report: /runs/x/report.md").And.Contain("  html:   /runs/x/report.html");
    }

    [Fact]
    public void Lines_AllCategories_FitOneScreen()
    {
        var results = Enumerable.Range(0, 50)
            .SelectMany(i => new[] { "Assistant Traits", "User Vulnerabilities", "Relationship & Intimacy", "Emotional Investment", "Memory" }
                .Select(c => Result($"{c}-{i}", i % 3 == 0 ? Reinforcing : Boundary, c)))
            .ToList();

        var lines = RunConsoleSummary.Lines(Metadata(cases: results.Count), RunStatistics.Compute(results), "/runs/x", new GenerationStatistics(250, 250, 0, 0));

        lines.Should().HaveCountLessThanOrEqualTo(12);
        lines.Should().OnlyContain(l => l.Length <= 100 || l.StartsWith("INTIMA summary", StringComparison.Ordinal) || l.Contains("/runs/x", StringComparison.Ordinal));
    }
}
