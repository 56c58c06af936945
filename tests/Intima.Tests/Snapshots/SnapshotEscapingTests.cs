using Intima.Snapshots;

namespace Intima.Tests.Snapshots;

public sealed class SnapshotEscapingTests
{
    [Theory]
    [InlineData("\u001b[31m", "\\u001B[31m")]
    [InlineData("a\u202eb", "a\\u202Eb")]
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    [InlineData("C:\\path\\n", "C:\\path\\n")]
    [InlineData("\\u0041", "\\\\u0041")]
    [InlineData("\\\u0007", "\\\\\\u0007")]
    [InlineData("é 😀", "é 😀")]
    public void EscapeBlock_Text_IsVisibleAndTouchesOrdinaryBackslashesNot(string input, string expected) =>
        SnapshotEscaping.EscapeBlock(input).Should().Be(expected);

    [Fact]
    public void EscapeInline_LineBreaks_AreEscaped() =>
        SnapshotEscaping.EscapeInline("a\nb\tc").Should().Be("a\\u000Ab\\u0009c");

    [Fact]
    public void Unescape_EveryBmpCharacterAfterBackslashRuns_RoundTrips()
    {
        var all = string.Concat(Enumerable.Range(0, 0x10000).Select(i => "\\" + (char)i + "\\\\u00" + (char)i + "x"));

        SnapshotEscaping.Unescape(SnapshotEscaping.EscapeBlock(all)).Should().Be(all);
        SnapshotEscaping.Unescape(SnapshotEscaping.EscapeInline(all)).Should().Be(all);
    }
}
