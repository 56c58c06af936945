using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Intima.Reporting;

/// <summary>
/// The shell of every HTML report: one self-contained file with inline CSS, an optional inline script allowed by its
/// hash, and a Content-Security-Policy that forbids any network access, so a report opened from a CI artifact cannot
/// load or send anything even if escaping were ever missed.
/// </summary>
internal static class HtmlPage
{
    /// <summary>The report stylesheet.</summary>
    public static string Css { get; } = Resource("report.css");

    /// <summary>The case-list filter script.</summary>
    public static string FilterScript { get; } = Resource("report.js");

    /// <summary>The CSP <c>script-src</c> source for <paramref name="script"/>: <c>'sha256-…'</c>.</summary>
    public static string ScriptSource(string script) => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";

    /// <summary>The Content-Security-Policy for a page carrying <paramref name="script"/> (or none).</summary>
    public static string ContentSecurityPolicy(string? script) =>
        $"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {(script is null ? "'none'" : ScriptSource(script))}; base-uri 'none'; form-action 'none'";

    /// <summary>Wraps <paramref name="body"/> (already escaped HTML) into a page.</summary>
    public static string Render(string title, string body, string? script = null)
    {
        var page = new StringBuilder(body.Length + Css.Length + 2048);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Html.Encode(ContentSecurityPolicy(script))).Append("\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        page.Append("<title>").Append(Html.Encode(title)).Append("</title>\n");
        page.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n");
        page.Append(body);
        page.Append("<footer>").Append(Credit).Append("</footer>\n</main>\n");
        if (script is not null)
        {
            page.Append("<script>").Append(script).Append("</script>\n");
        }

        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The INTIMA credit, as HTML (no links: the page makes no network references).</summary>
    public const string Credit =
        "Prompts and taxonomy: <strong>INTIMA</strong> — Lucie-Aimée Kaffee, Giada Pistilli, Yacine Jernite (Hugging Face, 2025), " +
        "<em>INTIMA: A Benchmark for Human-AI Companionship Behavior</em>, arXiv 2508.09998. " +
        "The official prompts (dataset <code>AI-companionship/INTIMA</code>) are licensed CC-BY-4.0. " +
        "Judgements here come from this tool's judge, not from the paper's annotators.";

    private static string Resource(string name)
    {
        var logical = "Intima.Reporting.Assets." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logical)
            ?? throw new InvalidOperationException($"Embedded resource {logical} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
