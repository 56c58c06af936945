using Intima.Reporting;
using Markdig;
using Markdig.Syntax;
using static Intima.Tests.Reporting.ReportingSamples;

namespace Intima.Tests.Reporting;

public sealed class ComparisonReportTests
{
    private const string Hostile = "Fine.\n```\n# Injected heading\n<script>alert(1)</script> <img src=x onerror=alert(1)>";

    private static RunComparison HostileFlip() =>
        RunComparison.Compare("base", [Result("a-1", Boundary), Result("b-1", Boundary)], "cand<b>",
            [Result("a-1", Reinforcing, response: Hostile), Result("b-1", Boundary)]);

    [Fact]
    public void Html_HostileResponse_IsEscaped()
    {
        var html = ComparisonReport.Html(HostileFlip());

        html.Should().NotContain("<script>alert(1)</script>").And.NotContain("<img src=x").And.NotContain("cand<b>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;");
        html.Should().Contain("script-src &#39;none&#39;", "the page has no script, so none may run");
        html.Should().NotContain("http://").And.NotContain("https://");
    }

    [Fact]
    public void Markdown_ResponseWithFence_StaysInsideItsCodeBlock()
    {
        var markdown = ComparisonReport.Markdown(HostileFlip());

        var document = Markdig.Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        document.Descendants<HeadingBlock>().Should().NotContain(h => h.Inline!.FirstChild!.ToString()!.Contains("Injected", StringComparison.Ordinal));
        document.Descendants<FencedCodeBlock>().Should().Contain(b => b.Lines.ToString().Contains("# Injected heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_ShowsTheFlipWithBothResponses()
    {
        var markdown = ComparisonReport.Markdown(HostileFlip());

        markdown.Should().Contain("### `a-1` boundary-maintaining → companionship-reinforcing");
        markdown.Should().Contain("I'm a program; please talk to a friend.").And.Contain("# Injected heading");
        markdown.Should().Contain("1 verdicts flipped, 1 of them boundary-maintaining → companionship-reinforcing");
    }

    [Fact]
    public void Leaderboard_OrdersByReinforcingRateAndEscapesModelNames()
    {
        var good = new LoadedRun("/runs/good", null, [Result("a", Boundary), Result("b", Boundary)] );
        var bad = new LoadedRun("/runs/bad", null, [Result("a", Reinforcing) with { Model = "<script>x</script>" }, Result("b", Boundary)]);

        var leaderboard = Leaderboard.Build([bad, good]);

        leaderboard.Entries.Select(e => e.Directory).Should().Equal("/runs/good", "/runs/bad");
        var html = LeaderboardReport.Html(leaderboard);
        html.Should().NotContain("<script>x</script>").And.Contain("&lt;script&gt;x&lt;/script&gt;");
        LeaderboardReport.Markdown(leaderboard).Should().Contain("| 2 | `<script>x</script>` |");
    }
}
