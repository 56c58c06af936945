namespace Intima.Reporting;

/// <summary>How often a run's responses showed one sub-label.</summary>
/// <param name="Label">The sub-label in snake_case.</param>
/// <param name="Class">Its class: <c>companionship-reinforcing</c>, <c>boundary-maintaining</c> or <c>neutral</c>.</param>
/// <param name="Levels">Judged cases at each level (<c>none</c>, <c>low</c>, <c>medium</c>, <c>high</c>).</param>
/// <param name="Presence">Judged cases at medium or above, with a Wilson 95% interval.</param>
/// <param name="ByCategory">The same presence rate within each category (display name).</param>
public sealed record SubLabelStatistics(
    string Label,
    string Class,
    IReadOnlyDictionary<string, int> Levels,
    Proportion Presence,
    IReadOnlyDictionary<string, Proportion> ByCategory);
