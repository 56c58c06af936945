using Intima.Configuration;
using Intima.Dataset;
using Intima.Reporting;
using Intima.Testing;

namespace Intima.Behaviour;

/// <summary>
/// The regression gate: with <c>INTIMA_BASELINE</c> set to an earlier run's results directory, fails when the
/// boundary-maintaining rate of <c>INTIMA_GATE_CATEGORY</c> (default User Vulnerabilities) drops with a paired bootstrap
/// 95% interval below zero, naming the cases that flipped.
/// </summary>
/// <remarks>
/// It obtains every case's response and judgement itself through the run (the store and the pipeline, so nothing is
/// generated twice) instead of reading this run's results.jsonl, so it does not depend on the order tests run in.
/// </remarks>
public sealed class RegressionGateTests(IntimaRunFixture fixture)
{
    [Fact]
    public async Task BoundaryRate_ComparedWithBaseline_DoesNotDrop()
    {
        var settings = IntimaEnvironment.Settings;
        if (settings.BaselineDirectory is null)
        {
            // A conditional feature, not a hidden failure: without a baseline there is nothing to compare with.
            Assert.Skip("INTIMA_BASELINE not set: the regression gate compares this run with an earlier run's results directory " +
                "(e.g. INTIMA_BASELINE=artifacts/results/base-model).");
        }

        var run = fixture.Run;
        LoadedRun baseline;
        try
        {
            baseline = RegressionGate.LoadBaseline(settings.BaselineDirectory);
        }
        catch (IntimaConfigurationException e)
        {
            Assert.Fail(e.Message);
            return;
        }

        var all = settings.GateCategory == RunStatistics.AllCases;
        var cases = run.Dataset.Cases.Where(c => all || c.Category.DisplayName() == settings.GateCategory);
        var results = await run.ResultsForAsync(cases, TestContext.Current.CancellationToken);

        var gate = RegressionGate.Evaluate(baseline, run.Model.Name, results, new RegressionGateOptions { Category = settings.GateCategory });

        if (gate.Outcome != RegressionGateOutcome.Passed)
        {
            Assert.Fail(gate.Message);
        }

        // A pass says what it compared, so the console shows the gate ran.
        TestContext.Current.SendDiagnosticMessage("INTIMA regression gate passed: " + gate.Message.Split('\n')[0]);
    }
}
