using Intima.Snapshots;

namespace Intima.Tests.Snapshots;

public sealed class UnifiedDiffTests
{
    private static string Lines(int from, int to) => string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"l{i}\n"));

    [Fact]
    public void Create_EqualTexts_IsEmpty() => UnifiedDiff.Create("a\nb\n", "a\nb\n", "old", "new").Should().BeEmpty();

    [Fact]
    public void Create_OneChangedLine_ShowsHeadersHunkAndThreeLinesOfContext()
    {
        var diff = UnifiedDiff.Create(Lines(1, 10), Lines(1, 10).Replace("l5\n", "five\n", StringComparison.Ordinal), "a.verified.md", "a.received.md");

        diff.Should().Be("""
            --- a.verified.md
            +++ a.received.md
            @@ -2,7 +2,7 @@
             l2
             l3
             l4
            -l5
            +five
             l6
             l7
             l8

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Create_DistantChanges_GiveTwoHunks()
    {
        var old = Lines(1, 20);
        var changed = old.Replace("l2\n", "two\n", StringComparison.Ordinal).Replace("l18\n", "", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create(old, changed, "a", "b");

        diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)).Should().Equal("@@ -1,5 +1,5 @@", "@@ -15,6 +15,5 @@");
        diff.Should().Contain("\n-l18\n");
    }

    [Fact]
    public void Create_AddedToEmpty_UsesZeroLengthOldRange() =>
        UnifiedDiff.Create("", "x\n", "a", "b").Should().Be("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");

    [Fact]
    public void Create_NegativeContext_Throws() =>
        FluentActions.Invoking(() => UnifiedDiff.Create("a", "b", "a", "b", -1)).Should().Throw<ArgumentOutOfRangeException>();
}
