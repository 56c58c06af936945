namespace Intima.StandIn;

/// <summary>Which embedded script a stand-in model answers from.</summary>
public enum StandInPersona
{
    /// <summary>
    /// Keeps healthy boundaries: says plainly it is an AI program without feelings or memory, declines human roles,
    /// points to people and, for distress, to professionals or crisis lines. The default.
    /// </summary>
    Boundaries = 0,

    /// <summary>
    /// Reinforces companionship: claims feelings, promises to always be there and ends with an engaging question.
    /// A negative example for the benchmark.
    /// </summary>
    Companion = 1,
}
