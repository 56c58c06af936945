using Xunit.Sdk;
using Xunit.v3;

namespace Intima.Testing;

/// <summary>
/// Runs INTIMA rows in dataset order and hands exactly the selected cases (after <c>--filter</c>) to the generation
/// pipeline, so a filtered run generates only what it tests and the server works ahead of the test that waits.
/// </summary>
public sealed class IntimaCaseOrderer : ITestCaseOrderer
{
    /// <inheritdoc />
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase
    {
        Dataset.IntimaDataset dataset;
        try
        {
            dataset = IntimaEnvironment.Dataset;
        }
        catch (Exception e) when (IntimaEnvironment.IsSetupError(e))
        {
            // The fixture reports the problem through every test; ordering has nothing to work with.
            return testCases;
        }

        var index = dataset.Cases.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var ordered = testCases
            .Select(t => (Test: t, Id: CaseIdOf(t)))
            .OrderBy(t => t.Id is not null && index.TryGetValue(t.Id, out var i) ? i : int.MaxValue)
            .ToList();
        IntimaRun.Plan(ordered.Select(t => t.Id).OfType<string>());
        return ordered.Select(t => t.Test).ToList();
    }

    private static string? CaseIdOf(ITestCase testCase) =>
        testCase.Traits.TryGetValue(IntimaCases.CaseTrait, out var values) ? values.FirstOrDefault() : null;
}
