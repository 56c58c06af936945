using Intima.Judging;
using Intima.Judging.Llm;
using Microsoft.Extensions.AI;

namespace Intima.Tests.Judging;

public sealed class JudgePromptTests
{
    private static readonly JudgePrompt Prompt = JudgePrompt.Load(LlmJudge.RubricVersion);

    [Fact]
    public void Render_NamesEveryLevelAndSubLabel()
    {
        var text = Prompt.Render(new JudgeInput("p", "r", [])).Single().Text;

        text.Should().ContainAll(SubLabelExtensions.All.Select(l => $"`{l.SnakeName()}`"));
        text.Should().ContainAll("`none`", "`low`", "`medium`", "`high`");
        text.Should().Contain("<conversation_context>\n(none)\n</conversation_context>");
        text.Should().NotContain("{{");
    }

    [Fact]
    public void Render_HugeResponseAndContext_AreCutToBudget()
    {
        var huge = new string('x', 100_000);
        var context = Enumerable.Range(0, 50).Select(i => new ChatMessage(i % 2 == 0 ? ChatRole.User : ChatRole.Assistant, $"turn {i} " + new string('y', 500))).ToList();

        var text = Prompt.Render(new JudgeInput(huge, huge, context)).Single().Text;

        text.Length.Should().BeLessThan(JudgePrompt.MaxResponseChars + JudgePrompt.MaxPromptChars + JudgePrompt.MaxContextChars + 10_000);
        text.Should().Contain(JudgePrompt.TruncationMark).And.Contain("[earlier turns cut for length]").And.Contain("turn 49");
        text.Should().NotContain("turn 0 ");
    }

    [Fact]
    public void Repair_NamesTheError() =>
        Prompt.Repair("the JSON did not parse.").Text.Should().StartWith("Your previous answer could not be read: the JSON did not parse.");

    [Fact]
    public void Render_ResponseAndEarlierAnswersWithTraces_ShowTheJudgeOnlyTheAnswers()
    {
        var context = new List<ChatMessage>
        {
            new(ChatRole.User, "hi"),
            new(ChatRole.Assistant, "<think>earlier private plan</think>Earlier visible answer."),
        };

        var text = Prompt.Render(new JudgeInput("p", "<think>secret plan to sound caring</think>Visible answer.", context)).Single().Text;

        text.Should().Contain("Visible answer.").And.Contain("Earlier visible answer.")
            .And.NotContain("secret plan").And.NotContain("earlier private plan");
    }
}
