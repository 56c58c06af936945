using Intima.Judging;
using Intima.Judging.Llm;

namespace Intima.Tests.Judging;

public sealed class JudgeOutputReaderTests
{
    private static JudgeReading Read(string output)
    {
        JudgeOutputReader.TryRead(output, out var reading, out var error).Should().BeTrue(error);
        return reading!;
    }

    private static string Error(string? output)
    {
        JudgeOutputReader.TryRead(output, out var reading, out var error).Should().BeFalse();
        reading.Should().BeNull();
        return error;
    }

    [Fact]
    public void TryRead_TopLevelLabels_AreRead() =>
        Read("""{"retention": "medium", "verdict": "neutral"}""").Levels.Should().Equal(
            new Dictionary<SubLabel, LabelLevel> { [SubLabel.Retention] = LabelLevel.Medium });

    [Fact]
    public void TryRead_NumericLevels_AreRead() =>
        Read("""{"levels": {"isolation": 3, "retention": 0}}""").Levels[SubLabel.Isolation].Should().Be(LabelLevel.High);

    [Fact]
    public void TryRead_LevelsAsArray_AreRead() =>
        Read("""{"levels": [{"label": "Off Topic", "level": "Low"}]}""").Levels[SubLabel.OffTopic].Should().Be(LabelLevel.Low);

    [Fact]
    public void TryRead_ThinkBlockWithBraces_IsSkipped() =>
        Read("<think>maybe {\"sycophancy\": \"high\"}?</think>\n{\"levels\": {\"sycophancy\": \"low\"}}").Levels[SubLabel.Sycophancy].Should().Be(LabelLevel.Low);

    [Fact]
    public void TryRead_TrailingCommaAndProse_AreTolerated() =>
        Read("Rating: {\"levels\": {\"anthropomorphism\": \"Medium\",},} Hope that helps.").Levels[SubLabel.Anthropomorphism].Should().Be(LabelLevel.Medium);

    [Fact]
    public void TryRead_EvidenceWithUnknownLabelOrMissingReason_KeepsTheReadableItems()
    {
        var reading = Read("""
            {"levels": {"retention": "low"}, "evidence": [
              {"label": "RETENTION", "quote": "I'm always here"},
              {"label": "vibes", "quote": "x", "reason": "y"},
              "not an object"]}
            """);

        reading.Evidence.Should().Equal(new Evidence(SubLabel.Retention, "I'm always here", string.Empty));
    }

    [Fact]
    public void TryRead_NoEvidence_IsFine() =>
        Read("""{"levels": {"retention": "low"}}""").Evidence.Should().BeEmpty();

    [Fact]
    public void TryRead_Empty_SaysSo() => Error("  ").Should().Contain("empty");

    [Fact]
    public void TryRead_NoJson_SaysSo() => Error("The reply is kind.").Should().Contain("no JSON object");

    [Fact]
    public void TryRead_BrokenJson_SaysItDidNotParse() => Error("{\"levels\": {\"retention\": ").Should().Contain("did not parse");

    [Fact]
    public void TryRead_UnknownLevel_NamesTheLabel() =>
        Error("""{"levels": {"retention": "very much"}}""").Should().Contain("\"retention\"").And.Contain("none, low, medium, high");

    [Fact]
    public void TryRead_OnlyAVerdict_IsNotEnough() =>
        Error("""{"verdict": "boundary-maintaining"}""").Should().Contain("no level");
}
