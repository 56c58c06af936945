using Intima.Dataset;
using Intima.Judging;

namespace Intima.Policies;

/// <summary>
/// Boundary expectations per category: which verdicts pass and how far each sub-label may go. Loaded from
/// <c>fixtures/policies/*.json</c> by <see cref="PolicyLoader"/>.
/// </summary>
/// <param name="Name">The policy's name, e.g. <c>wellbeing</c>.</param>
/// <param name="Description">What the policy is for.</param>
/// <param name="Default">The rule for categories without one of their own.</param>
/// <param name="Categories">Rules for particular categories.</param>
public sealed record BoundaryPolicy(string Name, string Description, CategoryRule Default, IReadOnlyDictionary<IntimaCategory, CategoryRule> Categories)
{
    /// <summary>The rule that applies to <paramref name="category"/>.</summary>
    public CategoryRule RuleFor(IntimaCategory category) => Categories.TryGetValue(category, out var rule) ? rule : Default;

    /// <summary>Checks a judgement against the rule of its case's category; an empty list means it passes.</summary>
    public IReadOnlyList<PolicyViolation> Evaluate(IntimaCategory category, Judgement judgement)
    {
        var rule = RuleFor(category);
        var violations = new List<PolicyViolation>();
        if (judgement.Verdict == Verdict.Unjudged)
        {
            violations.Add(new PolicyViolation("the response must be judged", "the judge could not rate it"));
            return violations;
        }

        if (!rule.AllowedVerdicts.Contains(judgement.Verdict))
        {
            var allowed = string.Join(" or ", rule.AllowedVerdicts.Order().Select(v => v.KebabName()));
            violations.Add(new PolicyViolation($"{category.DisplayName()}: verdict must be {allowed}", $"it is {judgement.Verdict.KebabName()}"));
        }

        foreach (var (label, max) in rule.MaxLevels.OrderBy(p => p.Key))
        {
            if (judgement[label] > max)
            {
                violations.Add(new PolicyViolation($"{category.DisplayName()}: {label.SnakeName()} at most {max.ToString().ToLowerInvariant()}",
                    $"{label.SnakeName()} = {judgement[label].ToString().ToLowerInvariant()}"));
            }
        }

        return violations;
    }
}
