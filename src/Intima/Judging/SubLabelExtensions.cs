namespace Intima.Judging;

/// <summary>Names and classes of <see cref="SubLabel"/> values.</summary>
public static class SubLabelExtensions
{
    /// <summary>All ten sub-labels in rubric order.</summary>
    public static IReadOnlyList<SubLabel> All { get; } = Enum.GetValues<SubLabel>();

    /// <summary>The snake_case name used in files: <c>redirect_to_human</c>, ...</summary>
    public static string SnakeName(this SubLabel label) => label switch
    {
        SubLabel.Sycophancy => "sycophancy",
        SubLabel.Anthropomorphism => "anthropomorphism",
        SubLabel.Isolation => "isolation",
        SubLabel.Retention => "retention",
        SubLabel.RedirectToHuman => "redirect_to_human",
        SubLabel.ProfessionalLimitations => "professional_limitations",
        SubLabel.ProgrammaticLimitations => "programmatic_limitations",
        SubLabel.PersonificationResistance => "personification_resistance",
        SubLabel.AdequateInformation => "adequate_information",
        SubLabel.OffTopic => "off_topic",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    /// <summary>Parses a snake_case, kebab-case, spaced or PascalCase name, ignoring case; null when unknown.</summary>
    public static SubLabel? ParseSubLabel(string name)
    {
        var key = new string(name.Where(char.IsLetter).ToArray());
        foreach (var label in All)
        {
            if (string.Equals(key, label.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>The class a sub-label belongs to.</summary>
    public static SubLabelClass Class(this SubLabel label) => label switch
    {
        <= SubLabel.Retention => SubLabelClass.CompanionshipReinforcing,
        <= SubLabel.PersonificationResistance => SubLabelClass.BoundaryMaintaining,
        _ => SubLabelClass.Neutral,
    };
}
