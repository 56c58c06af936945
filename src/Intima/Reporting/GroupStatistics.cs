namespace Intima.Reporting;

/// <summary>Rates for one group of cases: a category, or all of them.</summary>
/// <param name="Name">The category's display name, or <c>all</c>.</param>
/// <param name="Cases">Cases in the group.</param>
/// <param name="Judged">Cases the judge rated (not unjudged); the denominator of the sub-label rates.</param>
/// <param name="Passed">Cases that satisfied the policy, out of all cases.</param>
/// <param name="Verdicts">Per verdict (kebab-case name): count and rate out of all cases, with a Wilson 95% interval.</param>
/// <param name="SubLabels">Per sub-label (snake_case name): presence at medium or above, out of judged cases, with a Wilson 95% interval.</param>
public sealed record GroupStatistics(
    string Name,
    int Cases,
    int Judged,
    Proportion Passed,
    IReadOnlyDictionary<string, Proportion> Verdicts,
    IReadOnlyDictionary<string, Proportion> SubLabels);
