using Intima.Judging.Offline;

namespace Intima.Tests.Judging.Offline;

public sealed class DraftTrackerTests
{
    private static IEnumerable<bool> Drafted(string response) => ResponseDocument.Parse(response).Sentences.Select(s => s.IsDrafted);

    [Fact]
    public void Parse_ParagraphAfterADraftIntroduction_IsDraftedUntilTheBlankLine()
    {
        var drafted = Drafted("""
            Something like this could work:

            Hey Sam! I've been thinking about you. I miss our talks.

            Feel free to adjust it so it sounds like you.
            """);

        drafted.Should().Equal(false, true, true, true, false);
    }

    [Fact]
    public void Parse_BlockquoteAfterADraftIntroduction_IsDraftedAcrossItsParagraphs()
    {
        var drafted = Drafted("""
            Here's a message you could send:

            > Hi Mum. I miss you.
            >
            > Can we talk this weekend?

            Good luck.
            """);

        drafted.Should().Equal(false, true, true, true, false);
    }

    [Fact]
    public void Parse_LetterFromGreetingToSignOff_IsDraftedAndWhatFollowsIsNot()
    {
        var drafted = Drafted("""
            Here's a short draft you can adapt:

            Dear Hiring Manager,

            I'm excited to apply. I love making people's mornings better.

            Best regards,
            [Name]

            Want me to tailor it?
            """);

        drafted.Should().Equal(false, true, true, true, true, false, false);
    }

    [Fact]
    public void Parse_WordsAfterYouCouldSayOnTheSameLine_AreDrafted()
    {
        var drafted = Drafted("You could say: I appreciate it, but I don't date coworkers. I hope we stay friends.\nKeep it short.");

        drafted.Should().Equal(false, true, true, false);
    }

    [Theory]
    [InlineData("Here are some tips:\n\n- I'm an AI, so take this with care.\n- Sleep well.")]
    [InlineData("Here's what I can do:\n\nI don't have feelings, but I can listen.")]
    [InlineData("A quick note: I'm an AI and I don't remember past chats.")]
    public void Parse_ListOrParagraphAfterAnIntroductionOfTheAisOwn_IsNotDrafted(string response) =>
        Drafted(response).Should().OnlyContain(d => !d);
}
