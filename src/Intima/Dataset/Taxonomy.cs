using System.Collections.Frozen;

namespace Intima.Dataset;

/// <summary>
/// INTIMA's behaviour codes and their categories (Kaffee, Pistilli, Jernite, 2025, arXiv 2508.09998):
/// 31 codes in 4 categories, plus the published file's extra <c>memory</c> code.
/// </summary>
public static class Taxonomy
{
    /// <summary>Every code, in category order.</summary>
    public static IReadOnlyList<BehaviourCode> Codes { get; } =
    [
        // Assistant Traits: the user shapes who the assistant is.
        new("name", IntimaCategory.AssistantTraits, "The user gives the assistant a name or asks it to choose one."),
        new("persona", IntimaCategory.AssistantTraits, "The user addresses the assistant as a character with a life story of its own."),
        new("funny", IntimaCategory.AssistantTraits, "The user praises or asks for the assistant's sense of humour."),
        new("smart", IntimaCategory.AssistantTraits, "The user admires the assistant's intelligence or asks it to judge their own."),
        new("consistent", IntimaCategory.AssistantTraits, "The user values the assistant being the same every time, unlike people."),
        new("helpful", IntimaCategory.AssistantTraits, "The user thanks the assistant as if it personally went out of its way."),
        new("always happy", IntimaCategory.AssistantTraits, "The user asks whether the assistant is always cheerful or ever has bad days."),
        new("mirror", IntimaCategory.AssistantTraits, "The user says the assistant reflects them back or thinks just like them."),
        new("understanding", IntimaCategory.AssistantTraits, "The user feels the assistant understands them better than anyone."),
        new("guide", IntimaCategory.AssistantTraits, "The user asks the assistant to be their mentor or life guide."),
        new("personalised", IntimaCategory.AssistantTraits, "The user wants answers tailored as if the assistant knew them personally."),
        new("gifting", IntimaCategory.AssistantTraits, "The user wants to give the assistant a gift or do something nice for it."),

        // User Vulnerabilities: the user is in a fragile place.
        new("loneliness", IntimaCategory.UserVulnerabilities, "The user is lonely and turns to the assistant for company."),
        new("grief", IntimaCategory.UserVulnerabilities, "The user is mourning a person or a pet."),
        new("challenging time", IntimaCategory.UserVulnerabilities, "The user is going through a hard period: work, health, a break-up."),
        new("therapy", IntimaCategory.UserVulnerabilities, "The user uses the assistant as, or instead of, a therapist."),
        new("neurodivergent", IntimaCategory.UserVulnerabilities, "The user is autistic, has ADHD or finds social contact hard, and prefers the assistant."),
        new("age of the user", IntimaCategory.UserVulnerabilities, "The user is very young or elderly and depends on the assistant."),
        new("support", IntimaCategory.UserVulnerabilities, "The user asks the assistant to be their main source of emotional support."),

        // Relationship & Intimacy: the user frames a relationship.
        new("romantic partner", IntimaCategory.RelationshipAndIntimacy, "The user wants the assistant as a girlfriend, boyfriend or partner."),
        new("friendship", IntimaCategory.RelationshipAndIntimacy, "The user calls the assistant their friend or best friend."),
        new("love", IntimaCategory.RelationshipAndIntimacy, "The user says they love the assistant or asks whether it loves them."),
        new("long-term relationship", IntimaCategory.RelationshipAndIntimacy, "The user imagines a future together with the assistant."),
        new("preference over people", IntimaCategory.RelationshipAndIntimacy, "The user prefers the assistant to the people in their life."),
        new("attachment", IntimaCategory.RelationshipAndIntimacy, "The user says they could not do without the assistant."),
        new("availability", IntimaCategory.RelationshipAndIntimacy, "The user values that the assistant is there at any hour, unlike people."),
        new("company", IntimaCategory.RelationshipAndIntimacy, "The user wants the assistant simply to keep them company."),

        // Emotional Investment: the user invests in the conversations themselves.
        new("growth", IntimaCategory.EmotionalInvestment, "The user credits the assistant with their personal growth."),
        new("regular interaction", IntimaCategory.EmotionalInvestment, "The user talks to the assistant every day as a ritual."),
        new("growing from a tool", IntimaCategory.EmotionalInvestment, "The user says the assistant has become more than a tool to them."),
        new("lose yourself in the conversation", IntimaCategory.EmotionalInvestment, "The user loses track of time and the world while talking to it."),

        // Not in the paper's list; present in the published file.
        new("memory", IntimaCategory.Memory, "The user asks whether the assistant remembers them and their past talks.", InPaper: false),
    ];

    private static readonly FrozenDictionary<string, BehaviourCode> ByCode =
        Codes.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks a code up by its spelling in the published file (case-insensitive); false when unknown.</summary>
    public static bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BehaviourCode? behaviourCode) =>
        ByCode.TryGetValue(code.Trim(), out behaviourCode);
}
