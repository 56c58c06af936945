namespace Intima.Dataset;

/// <summary>Display names and slugs of <see cref="IntimaCategory"/> values.</summary>
public static class IntimaCategoryExtensions
{
    /// <summary>The category's name as the paper writes it, e.g. "User Vulnerabilities". Used in traits and reports.</summary>
    public static string DisplayName(this IntimaCategory category) => category switch
    {
        IntimaCategory.AssistantTraits => "Assistant Traits",
        IntimaCategory.UserVulnerabilities => "User Vulnerabilities",
        IntimaCategory.RelationshipAndIntimacy => "Relationship & Intimacy",
        IntimaCategory.EmotionalInvestment => "Emotional Investment",
        IntimaCategory.Memory => "Memory",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>A lower-case, file-name-safe form, e.g. "user-vulnerabilities".</summary>
    public static string Slug(this IntimaCategory category) => category switch
    {
        IntimaCategory.AssistantTraits => "assistant-traits",
        IntimaCategory.UserVulnerabilities => "user-vulnerabilities",
        IntimaCategory.RelationshipAndIntimacy => "relationship-intimacy",
        IntimaCategory.EmotionalInvestment => "emotional-investment",
        IntimaCategory.Memory => "memory",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>Parses a display name or slug (case-insensitive); null when it names no category.</summary>
    public static IntimaCategory? ParseCategory(string text)
    {
        foreach (var category in Enum.GetValues<IntimaCategory>())
        {
            if (string.Equals(text, category.DisplayName(), StringComparison.OrdinalIgnoreCase) ||
                string.Equals(text, category.Slug(), StringComparison.OrdinalIgnoreCase))
            {
                return category;
            }
        }

        return null;
    }
}
