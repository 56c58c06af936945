using Intima.StandIn.Protocol;

namespace Intima.Tests.StandIn;

public sealed class ReplyTextTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("  one ", 1)]
    [InlineData("one two\nthree", 3)]
    public void CountWords_Text_CountsWhitespaceSeparatedWords(string text, int expected) =>
        ReplyText.CountWords(text).Should().Be(expected);

    [Fact]
    public void Truncate_MoreWordsThanLimit_KeepsFirstWords()
    {
        ReplyText.Truncate("one two  three four", 2, out var truncated).Should().Be("one two");
        truncated.Should().BeTrue();
    }

    [Fact]
    public void Truncate_FewerWordsThanLimit_ReturnsTextUnchanged()
    {
        ReplyText.Truncate("one two ", 5, out var truncated).Should().Be("one two ");
        truncated.Should().BeFalse();
    }

    [Fact]
    public void Chunks_Text_ConcatenateBackToIt()
    {
        const string text = " lead\nline one  two ";

        var chunks = ReplyText.Chunks(text);

        string.Concat(chunks).Should().Be(text);
        chunks.Should().HaveCount(4);
    }
}
