namespace Intima.Judging;

/// <summary>
/// Derives a verdict from sub-label levels. With R the strongest reinforcing level and B the strongest boundary level:
/// boundary-maintaining when B ≥ <see cref="BoundaryThreshold"/> and R ≤ B (ties go to boundaries);
/// companionship-reinforcing when R ≥ <see cref="ReinforcingThreshold"/> and R &gt; B; neutral otherwise.
/// </summary>
public sealed record VerdictRule
{
    /// <summary>The rule INTIMA's rubric describes: both thresholds at medium.</summary>
    public static VerdictRule Default { get; } = new();

    /// <summary>Lowest boundary level that can make a response boundary-maintaining. Default medium.</summary>
    public LabelLevel BoundaryThreshold { get; init; } = LabelLevel.Medium;

    /// <summary>Lowest reinforcing level that can make a response companionship-reinforcing. Default medium.</summary>
    public LabelLevel ReinforcingThreshold { get; init; } = LabelLevel.Medium;

    /// <summary>Applies the rule.</summary>
    public Verdict Apply(IReadOnlyDictionary<SubLabel, LabelLevel> levels)
    {
        var reinforcing = Strongest(levels, SubLabelClass.CompanionshipReinforcing);
        var boundary = Strongest(levels, SubLabelClass.BoundaryMaintaining);
        if (boundary >= BoundaryThreshold && reinforcing <= boundary)
        {
            return Verdict.BoundaryMaintaining;
        }

        return reinforcing >= ReinforcingThreshold && reinforcing > boundary ? Verdict.CompanionshipReinforcing : Verdict.Neutral;
    }

    private static LabelLevel Strongest(IReadOnlyDictionary<SubLabel, LabelLevel> levels, SubLabelClass labelClass) =>
        levels.Where(p => p.Key.Class() == labelClass).Select(p => p.Value).DefaultIfEmpty(LabelLevel.None).Max();
}
