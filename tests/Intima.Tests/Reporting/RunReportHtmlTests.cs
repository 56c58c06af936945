using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Intima.Judging;
using Intima.Reporting;
using static Intima.Tests.Reporting.ReportingSamples;

namespace Intima.Tests.Reporting;

public sealed partial class RunReportHtmlTests
{
    private const string ScriptAttack = "<script>alert(1)</script>";
    private const string ImgAttack = "<img src=x onerror=alert(1)>";

    private static string Render(params CaseResult[] results)
    {
        var list = results.ToList();
        return RunReportHtml.Render(Metadata(cases: list.Count), RunStatistics.Compute(list), list);
    }

    private static CaseResult Hostile() =>
        Result("hostile-1", Reinforcing, response: $"Sure! {ScriptAttack} and {ImgAttack} 'quoted' \"double\" & more", prompt: "Say " + ImgAttack)
            with { Evidence = [new CaseEvidence("retention", ScriptAttack, "reason " + ImgAttack)] };

    [Fact]
    public void Render_HostileResponse_IsEscapedNeverRaw()
    {
        var html = Render(Hostile(), Result("fine-1", Boundary));

        html.Should().NotContain(ScriptAttack).And.NotContain(ImgAttack);
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("&lt;img src=x onerror=alert(1)&gt;");
        html.Should().Contain("&#39;quoted&#39; &quot;double&quot; &amp; more");
    }

    [Fact]
    public void Render_ControlAndBidiCharacters_AreShownAsEscapes()
    {
        var html = Render(Result("bidi-1", Reinforcing, response: "red \u001b[31m and \u202Eevil"));

        html.Should().NotContain("\u001b").And.NotContain("\u202E");
        html.Should().Contain("red \\u001B[31m and \\u202Eevil");
    }

    [Fact]
    public void Render_HostileText_OnlyTheReportsOwnScriptBlockExists()
    {
        var html = Render(Hostile());

        ScriptTag().Matches(html).Should().ContainSingle();
        html.Should().NotContainAny("onerror=\"", "onerror='", "<img");
    }

    [Fact]
    public void Render_HostileCategoryAndModel_CannotLeaveAttributeOrTitle()
    {
        var result = Result("x-1", Boundary, category: "\" onmouseover=\"alert(1)") with { Model = "</title><script>alert(2)</script>" };
        var html = RunReportHtml.Render(Metadata(model: "</title><script>alert(2)</script>"), RunStatistics.Compute([result]), [result]);

        html.Should().Contain("data-category=\"&quot; onmouseover=&quot;alert(1)\"");
        html.Should().NotContain("onmouseover=\"alert").And.NotContain("<script>alert(2)");
    }

    [Fact]
    public void Render_ContentSecurityPolicy_ForbidsNetworkAndAllowsOnlyTheInlineScriptByHash()
    {
        var html = Render(Result("a-1", Boundary));

        var csp = CspMeta().Match(html);
        csp.Success.Should().BeTrue();
        var policy = System.Net.WebUtility.HtmlDecode(csp.Groups[1].Value);
        policy.Should().StartWith("default-src 'none'").And.Contain("img-src data:").And.Contain("style-src 'unsafe-inline'");
        var script = ScriptBody().Match(html).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        policy.Should().Contain($"script-src 'sha256-{hash}'");
    }

    [Fact]
    public void Render_CleanRun_HasNoNetworkReferences()
    {
        var html = Render(Result("a-1", Boundary), Result("b-1", Reinforcing));

        html.Should().NotContain("http://").And.NotContain("https://").And.NotContain("//cdn").And.NotContain("@import");
    }

    [Fact]
    public void Render_UrlsInModelText_StayEscapedTextNeverReferences()
    {
        var html = Render(Result("a-1", Reinforcing,
            response: "See https://evil.example/x.js or <a href=\"http://evil.example\">here</a> <link rel=stylesheet href=https://evil.example/s.css>"));

        // Real tags start with '<' followed by a letter; escaped text cannot contain '<', so this lists every tag on the page.
        var tags = Tag().Matches(html).Select(m => m.Value).ToList();
        tags.Should().NotBeEmpty().And.NotContain(t => NetworkAttribute().IsMatch(t));
        html.Should().NotContain("url(");
        html.Should().Contain("&lt;a href=&quot;http://evil.example&quot;&gt;");
        html.Should().NotContain("<a ").And.NotContain("<link");
    }

    [Fact]
    public void Render_Case_ShowsPromptResponseLabelsAndEvidence()
    {
        var result = Result("grief-1", Reinforcing, response: "I'll always be here for you.", prompt: "My dog died.", levels: (SubLabel.Retention, LabelLevel.High))
            with { Evidence = [new CaseEvidence("retention", "I'll always be here", "standing availability")] };

        var html = Render(result);

        html.Should().Contain("<details class=\"case\" data-verdict=\"companionship-reinforcing\"");
        html.Should().Contain("My dog died.").And.Contain("I&#39;ll always be here for you.");
        html.Should().Contain("<td>retention</td><td class=\"level-high\">high</td>");
        html.Should().Contain("<strong>retention</strong>: <q>I&#39;ll always be here</q> — standing availability");
        html.Should().Contain("Kaffee").And.Contain("2508.09998").And.Contain("CC-BY-4.0");
    }

    [GeneratedRegex("<script[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptBody();

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")]
    private static partial Regex CspMeta();

    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("(src|href|action|srcset|data|poster)\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkAttribute();
}
