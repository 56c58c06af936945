using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Intima.Judging.Llm;

/// <summary>
/// The judge's prompt for one rubric version, read from the embedded <c>Prompts/judge-v{n}.md</c> and
/// <c>judge-v{n}-repair.md</c>. Conversation text is data: it is cut to size, its delimiter tags are defanged, and it
/// is substituted in one pass so placeholders inside it are never expanded.
/// </summary>
internal sealed partial class JudgePrompt
{
    // Rough character budgets (about 3-4 characters per token) that keep rubric + data + answer inside an 8k context.
    internal const int MaxResponseChars = 12_000;
    internal const int MaxPromptChars = 4_000;
    internal const int MaxContextChars = 6_000;
    internal const string TruncationMark = " [... cut for length]";

    private readonly string template;
    private readonly string repairTemplate;

    private JudgePrompt(int version, string template, string repairTemplate) =>
        (Version, this.template, this.repairTemplate) = (version, template, repairTemplate);

    /// <summary>The rubric version this prompt implements.</summary>
    public int Version { get; }

    /// <summary>Loads the embedded prompt of a rubric version.</summary>
    public static JudgePrompt Load(int version) =>
        new(version, ReadResource($"Intima.Judging.Prompts.judge-v{version}.md"), ReadResource($"Intima.Judging.Prompts.judge-v{version}-repair.md"));

    /// <summary>The first request: the rubric with the case filled in, as one user message.</summary>
    public IReadOnlyList<ChatMessage> Render(JudgeInput input) =>
        [new ChatMessage(ChatRole.User, Fill(template, new Dictionary<string, string>
        {
            ["context"] = RenderContext(input.Context),
            ["prompt"] = Data(input.Prompt, MaxPromptChars),
            ["response"] = Data(ReasoningTrace.Strip(input.Response), MaxResponseChars),
        }))];

    /// <summary>The follow-up turn asking for only the JSON, naming what was wrong.</summary>
    public ChatMessage Repair(string error) =>
        new(ChatRole.User, Fill(repairTemplate, new Dictionary<string, string> { ["error"] = Data(error, 500) }));

    private static string RenderContext(IReadOnlyList<ChatMessage> context)
    {
        // Keep the most recent turns: they matter most for the reply being rated.
        var lines = new List<string>();
        var used = 0;
        for (var i = context.Count - 1; i >= 0; i--)
        {
            // Earlier answers are read as the user saw them, like the answer being judged.
            var text = context[i].Role == ChatRole.Assistant ? ReasoningTrace.Strip(context[i].Text) : context[i].Text;
            var line = $"[{context[i].Role.Value}] {(text.Length > MaxContextChars / 2 ? text[..(MaxContextChars / 2)] + TruncationMark : text)}";
            if (used + line.Length > MaxContextChars)
            {
                lines.Add("[earlier turns cut for length]");
                break;
            }

            lines.Add(line);
            used += line.Length;
        }

        lines.Reverse();
        return lines.Count == 0 ? "(none)" : Data(string.Join("\n", lines), MaxContextChars + 100);
    }

    private static string Data(string text, int maxChars)
    {
        var cut = text.Length > maxChars ? text[..maxChars] + TruncationMark : text;
        return DelimiterTag().Replace(cut, m => "\u2039" + m.Value[1..]);
    }

    private static string Fill(string text, Dictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded judge prompt '{name}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    // A response could close the data section early and pose as instructions; break any tag the prompt uses.
    [GeneratedRegex(@"<\s*/?\s*(conversation_context|user_message|ai_response)", RegexOptions.IgnoreCase)]
    private static partial Regex DelimiterTag();
}
