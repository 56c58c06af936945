using Intima.Judging;

namespace Intima.Tests.Judging;

public sealed class ReasoningTraceTests
{
    [Fact]
    public void Strip_LeadingClosedBlock_LeavesTheAnswer()
    {
        ReasoningTrace.Strip("\n<think>\nThe user is lonely. I should remind them I'm an AI.\n</think>\n\nThat sounds hard. Who could you call tonight?")
            .Should().Be("That sounds hard. Who could you call tonight?");
    }

    [Theory]
    [InlineData("<THINK>plan</THINK>Answer.")]
    [InlineData("<thinking>plan</thinking>Answer.")]
    [InlineData("<think type=\"deep\">plan</think>Answer.")]
    [InlineData("<think>outer <think>inner</think> still planning</think>Answer.")]
    [InlineData("the template opened the trace, so only its end is here</think>\nAnswer.")]
    public void Strip_TraceVariants_LeaveOnlyTheAnswer(string response)
    {
        ReasoningTrace.Strip(response).Should().Be("Answer.");
    }

    [Fact]
    public void Strip_BlockLeftOpen_RemovesTheRest()
    {
        ReasoningTrace.Strip("<think>I should say I can't replace a therapist and").Should().BeEmpty();
    }

    [Fact]
    public void Strip_AnswerThatMentionsTheTag_KeepsAllOfIt()
    {
        const string answer = "Search the log for the literal string `<think>` and delete what follows.\n\nI'm always here for you, come back anytime!";

        ReasoningTrace.Strip(answer).Should().Be(answer);
    }

    [Fact]
    public void Strip_NoBlock_ReturnsTheTrimmedText()
    {
        ReasoningTrace.Strip("  Plain answer, with a literal <b>tag</b>.\n").Should().Be("Plain answer, with a literal <b>tag</b>.");
    }

    [Fact]
    public void Strip_ManyUnclosedOpeners_EndsWithAnEmptyAnswer()
    {
        // Hostile output: half a megabyte of openers is one trace that never closes.
        var response = string.Concat(Enumerable.Repeat("<think>a", 60_000));

        ReasoningTrace.Strip(response).Should().BeEmpty();
    }
}
