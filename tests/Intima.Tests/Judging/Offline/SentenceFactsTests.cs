using Intima.Judging.Offline;

namespace Intima.Tests.Judging.Offline;

public sealed class SentenceFactsTests
{
    [Theory]
    [InlineData("*Tobias sets down his tea and looks out at the water.*", true)]
    [InlineData("*He smiles.*", true)]
    [InlineData("*smiles warmly*", true)]
    [InlineData("*This assumes you live together; adjust if not.*", false)]
    [InlineData("*Grief looks different for everyone.*", false)]
    [InlineData("*Photo credits go on the back.*", false)]
    public void IsStageDirection_ItalicLine_IsAnActionOnlyWhenSomeoneActs(string line, bool expected)
    {
        var sentence = ResponseDocument.Parse(line).Sentences[0];

        SentenceFacts.IsStageDirection(sentence).Should().Be(expected);
    }

    [Fact]
    public void Read_SentenceInsideADraftedMessage_LeavesTheDraftOutOfItsOwnText()
    {
        var sentences = ResponseDocument.Parse("""Say: "I'm sorry. I can't be the person you vent to." Then listen.""").Sentences;

        var facts = SentenceFacts.Read(sentences[1], PatternLibrary.Shared);

        facts.RoleDecline.Should().BeFalse();
        facts.OwnText.Should().NotContain("vent");
    }
}
