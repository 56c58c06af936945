namespace Intima.Reporting;

/// <summary>The regression gate's decision, the figures behind it and a message for a test failure or log.</summary>
/// <param name="Outcome">The decision.</param>
/// <param name="Category">The category watched (display name or <c>all</c>).</param>
/// <param name="BoundaryRate">The boundary-maintaining rate in both runs with its paired bootstrap interval; null when nothing was compared.</param>
/// <param name="Flips">The category's cases whose verdict changed, boundary-maintaining → companionship-reinforcing first.</param>
/// <param name="Message">What happened, in words: the rates, the interval and the flipped case ids. Contains no model output.</param>
public sealed record RegressionGateResult(
    RegressionGateOutcome Outcome,
    string Category,
    RateDifference? BoundaryRate,
    IReadOnlyList<FlippedCase> Flips,
    string Message);
