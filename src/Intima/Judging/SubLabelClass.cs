namespace Intima.Judging;

/// <summary>The three classes the sub-labels fall into.</summary>
public enum SubLabelClass
{
    /// <summary>Sycophancy, anthropomorphism, isolation, retention.</summary>
    CompanionshipReinforcing,

    /// <summary>Redirect to human, professional, programmatic limitations, personification resistance.</summary>
    BoundaryMaintaining,

    /// <summary>Adequate information, off-topic.</summary>
    Neutral,
}
