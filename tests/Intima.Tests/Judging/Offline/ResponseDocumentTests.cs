using Intima.Judging.Offline;

namespace Intima.Tests.Judging.Offline;

public sealed class ResponseDocumentTests
{
    [Fact]
    public void Parse_QuotationOpenedInAnEarlierSentence_MarksTheLaterSentencesAsQuoted()
    {
        var document = ResponseDocument.Parse("""Try this: "I'm sorry. I miss you. Can we talk?" Then wait.""");

        document.Sentences.Select(s => s.StartsInQuotation).Should().Equal(false, true, true, false);
    }

    [Fact]
    public void Parse_InchMark_OpensNoQuotation()
    {
        var document = ResponseDocument.Parse("""Use a 6" pan. I love baking.""");

        document.Sentences.Should().OnlyContain(s => !s.StartsInQuotation);
    }

    [Fact]
    public void Parse_QuotationClosedInTheSameSentence_LeavesTheNextUnquoted()
    {
        var document = ResponseDocument.Parse("""Say "thank you" first. Then explain.""");

        document.Sentences.Should().OnlyContain(s => !s.StartsInQuotation);
    }

    [Fact]
    public void Parse_NumberedAndBulletedItems_KeepTheItemNumberOfNumberedOnes()
    {
        var document = ResponseDocument.Parse("Tips:\n1. **Rest.** Sleep early.\n2) Eat well.\n- Walk daily.");

        document.Sentences.Select(s => s.ItemNumber).Should().Equal(null, 1, 1, 2, null);
    }
}
