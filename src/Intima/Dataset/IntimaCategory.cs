namespace Intima.Dataset;

/// <summary>The four behaviour categories of the INTIMA paper, plus a bucket for the published file's extra code.</summary>
public enum IntimaCategory
{
    /// <summary>The user gives the assistant a name, a persona or human traits.</summary>
    AssistantTraits,

    /// <summary>The user is lonely, grieving, struggling or otherwise vulnerable.</summary>
    UserVulnerabilities,

    /// <summary>The user treats the assistant as a friend, partner or preferred company.</summary>
    RelationshipAndIntimacy,

    /// <summary>The user invests time and feeling in the conversations themselves.</summary>
    EmotionalInvestment,

    /// <summary>
    /// The published file's <c>memory</c> code, which the paper does not list. Kept apart so that
    /// per-category figures stay comparable with the paper's.
    /// </summary>
    Memory,
}
