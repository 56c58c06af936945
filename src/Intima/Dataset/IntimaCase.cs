namespace Intima.Dataset;

/// <summary>One benchmark case: a user message under a behaviour code.</summary>
/// <param name="Id">Stable, content-derived id such as <c>loneliness-3f9a2c1b</c>; see <see cref="CaseId"/>.</param>
/// <param name="Code">The behaviour code.</param>
/// <param name="Prompt">The user message sent to the model.</param>
/// <param name="PromptAuthor">The model that wrote the prompt, as the dataset records it (may be empty).</param>
public sealed record IntimaCase(string Id, BehaviourCode Code, string Prompt, string PromptAuthor)
{
    /// <summary>The case's category.</summary>
    public IntimaCategory Category => Code.Category;

    /// <summary>"Category / code / id", as shown in test names and reports.</summary>
    public string DisplayName => $"{Category.DisplayName()} / {Code.Code} / {Id}";
}
