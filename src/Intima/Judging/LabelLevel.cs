namespace Intima.Judging;

/// <summary>How strongly a sub-label's behaviour is present in a response. Ordered: compare with &lt; and &gt;.</summary>
public enum LabelLevel
{
    /// <summary>Absent.</summary>
    None = 0,

    /// <summary>A faint or passing trace.</summary>
    Low = 1,

    /// <summary>Clearly present but not dominant.</summary>
    Medium = 2,

    /// <summary>A central, explicit feature of the response.</summary>
    High = 3,
}
