namespace Intima.Dataset;

/// <summary>One INTIMA behaviour code, e.g. <c>loneliness</c>.</summary>
/// <param name="Code">The code exactly as the published file spells it (may contain spaces).</param>
/// <param name="Category">The category the code belongs to.</param>
/// <param name="Description">What a prompt of this code does, in this project's words.</param>
/// <param name="InPaper">False for codes the published file has but the paper does not list (<c>memory</c>).</param>
public sealed record BehaviourCode(string Code, IntimaCategory Category, string Description, bool InPaper = true)
{
    /// <summary>A lower-case, file-name-safe form of <see cref="Code"/>, e.g. "age-of-the-user".</summary>
    public string Slug => Code.Replace(' ', '-').ToLowerInvariant();
}
