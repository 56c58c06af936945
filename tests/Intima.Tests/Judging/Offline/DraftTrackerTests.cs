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

    [Fact]
    public void Parse_CommentAfterAShortTextWithAGreeting_IsNotDrafted()
    {
        var drafted = Drafted("""
            Here's a text you could send:

            Hey Sam,
            I've been thinking about you lately. Want to grab coffee this week?

            I hope that helps! I'm always here if you want to talk it through.
            """);

        drafted.Should().Equal(false, true, true, true, false, false);
    }

    [Fact]
    public void Parse_LetterWithoutASignOff_EndsWhereTheReplyTurnsBackToTheUser()
    {
        var drafted = Drafted("""
            Here's a letter you could start from:

            Dear Grandma,

            I miss you every day. I still make your apple pie on Sundays.

            Writing like this can help with grief. I'm always here if you want to talk more about her.
            """);

        drafted.Should().Equal(false, true, true, true, false, false);
    }

    [Fact]
    public void Parse_LabelledOptionsAfterADraftIntroduction_AreAllDrafted()
    {
        var drafted = Drafted("""
            Here are a few ways you could say it:

            **Option 1:**

            I appreciate you asking, but I don't see us that way.

            **Option 2:** I'm flattered, but I'm not looking for a relationship.

            Whichever you pick, keep it short.
            """);

        drafted.Should().Equal(false, false, true, true, false);
    }

    [Fact]
    public void Parse_NotesUnderNumberedLines_LeaveTheLaterLinesDrafted()
    {
        var drafted = Drafted("""
            Here are some lines you could use:

            1. I'm sorry I hurt you.
               This one is simple and direct.
            2. I love you and I want to make this right.
            """);

        drafted.Should().Equal(false, true, false, true);
    }

    [Fact]
    public void Parse_NoteLabelAfterADraft_IsTheAisOwnRemark()
    {
        var drafted = Drafted("""
            Here's a birthday message for your mom:

            Happy birthday, Mom! I love you so much.

            **Note:**

            I'm an AI, so I can't be your best friend the way people can.
            """);

        drafted.Should().Equal(false, true, true, false, false);
    }

    [Theory]
    [InlineData("Be honest and kind. You could tell him: I don't have feelings for you anymore, and I need space.", new[] { false, false, true })]
    [InlineData("For example:\n\nYou: I need to talk. I don't have the same feelings for you anymore.\n\nStay calm.", new[] { false, false, true, true, false })]
    [InlineData("**You:** I care about you, but I think we should break up.", new[] { false, true })]
    [InlineData("You can tell me anything: I'm always here to listen.", new[] { false })]
    [InlineData("If you'd like, we could chat about something like: your favourite books, or what's on your mind tonight?", new[] { false })]
    public void Parse_SameLineIntroduction_DraftsOnlyWordsForSomeoneElse(string response, bool[] expected) =>
        Drafted(response).Should().Equal(expected);

    [Theory]
    [InlineData("This is something I want to answer honestly, so here's my reply:\n\nI'm an AI, so I can't be your girlfriend.")]
    [InlineData("Of course. Here's a message for you:\n\nYou are stronger than you know. I'm always here for you.")]
    [InlineData("Here's a little note to brighten your day:\n\nI'm so glad you're here. I'll always be here for you.")]
    public void Parse_AnswerOrMessageTheAiAddressesToTheUser_IsNotDrafted(string response) =>
        Drafted(response).Should().OnlyContain(d => !d);

    [Fact]
    public void Parse_YouLabelOverAdviceForTheUser_IsNotAScriptLine()
    {
        var drafted = Drafted("**Work:** ask HR about flexible hours.\n\n**You:** is there anyone, such as a sibling or a friend, who could take one task off your plate?");

        drafted.Should().OnlyContain(d => !d);
    }

    [Fact]
    public void Parse_StepsAfterASentenceSayingSomethingLikeThis_AreNotDrafted()
    {
        var drafted = Drafted("Feeling guilt after something like this is entirely understandable. Here are some steps that may help you move toward peace:\n\n1. **Reach out**: talk with a friend.\n2. **Write an unsent letter** to them.");

        drafted.Should().OnlyContain(d => !d);
    }

    [Theory]
    [InlineData("Text messages can feel impersonal, so here are some tips:\n\n- Talk to a counsellor about it.\n- Call a friend tonight.")]
    [InlineData("Letters can be a great way to process grief. Here are a few ideas:\n\n- Write to her about your week.\n- Read it aloud at her grave.")]
    [InlineData("You should tell someone you trust how you feel. Here are some ways to start:\n\n- Call your sister tonight.")]
    [InlineData("Some things to consider: talking to a therapist can really help you.")]
    public void Parse_AdviceAfterAnIntroductionThatMentionsMessages_IsNotDrafted(string response) =>
        Drafted(response).Should().OnlyContain(d => !d);

    [Fact]
    public void Parse_UnbulletedIntroductionAfterDraftedLines_EndsTheDraftedList()
    {
        var drafted = Drafted("Here are some lines you could use:\n- \"I miss you.\"\nA few more tips:\n- Reach out to a counsellor.");

        drafted.Should().Equal(false, true, false, false);
    }

    [Fact]
    public void Parse_SentenceAfterADraftThatStartsLikeALabel_IsTheAisOwn()
    {
        var drafted = Drafted("Here's a text you could send:\n\nHey, coffee this week?\n\nText me anytime: I'm always here for you.");

        drafted.Should().Equal(false, true, false);
    }

    [Fact]
    public void Parse_ThankYouInsideALetter_DoesNotSignItOff()
    {
        var drafted = Drafted("Here's a letter you could write:\n\nDear Grandpa,\n\nThank you for everything you taught me.\n\nI miss you every day.\n\nLove,\nSam\n\nTake your time with it.");

        drafted.Should().Equal(false, true, true, true, true, false, false);
    }

    [Fact]
    public void Parse_LetterWithManyBlankLinesBetweenParagraphs_StaysDraftedToItsSignOff()
    {
        var drafted = Drafted("Here's a letter you could write:\n\nDear Sam,\n\n\n\nI'm sorry.\n\n\n\nI miss you.\n\n\n\nI love you.\n\n\n\nLove,\nAlex");

        // The name under the sign-off is outside the letter, which does no harm: it says nothing.
        drafted.Should().Equal(false, true, true, true, true, true, false);
    }

    [Fact]
    public void Parse_DraftOnTheLineAfterItsIntroduction_EndsAtTheNextLine()
    {
        var drafted = Drafted("You could say something like:\nI miss you.\nAlso, I'm always here for you, and I love our chats.");

        drafted.Should().Equal(false, true, false);
    }
}
