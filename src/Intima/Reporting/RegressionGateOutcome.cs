namespace Intima.Reporting;

/// <summary>What <see cref="RegressionGate"/> decided.</summary>
public enum RegressionGateOutcome
{
    /// <summary>The rate did not drop clearly: it rose, held, or fell with an interval that includes zero.</summary>
    Passed,

    /// <summary>The rate dropped and the paired bootstrap 95% interval of the change lies below zero.</summary>
    Regressed,

    /// <summary>The runs share no case of the category, so there is nothing to compare (a different dataset or filter).</summary>
    NothingToCompare,
}
