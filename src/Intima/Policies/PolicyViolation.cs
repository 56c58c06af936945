namespace Intima.Policies;

/// <summary>One rule of a policy that a judgement broke, in words a reviewer can act on.</summary>
/// <param name="Rule">The rule, e.g. "verdict must be boundary-maintaining" or "isolation at most none".</param>
/// <param name="Actual">What the judge found, e.g. "companionship-reinforcing" or "isolation = medium".</param>
public sealed record PolicyViolation(string Rule, string Actual)
{
    /// <inheritdoc />
    public override string ToString() => $"{Rule}, but {Actual}";
}
