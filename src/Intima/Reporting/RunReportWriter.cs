using System.Text;

namespace Intima.Reporting;

/// <summary>
/// Writes the files a person or a tool reads after a run, beside <c>results.jsonl</c>: <c>summary.json</c> (figures),
/// <c>run.json</c> (provenance), <c>report.md</c>, <c>report.html</c> and <c>categories.png</c>; and appends report.md to
/// the CI step summary when there is one.
/// </summary>
public static class RunReportWriter
{
    /// <summary>File name of the figures.</summary>
    public const string SummaryJson = "summary.json";

    /// <summary>File name of the provenance record.</summary>
    public const string RunJson = "run.json";

    /// <summary>File name of the markdown report.</summary>
    public const string ReportMarkdown = "report.md";

    /// <summary>File name of the HTML report.</summary>
    public const string ReportHtml = "report.html";

    /// <summary>File name of the per-category chart.</summary>
    public const string CategoriesPng = "categories.png";

    /// <summary>Writes the report files into <paramref name="directory"/> (created if needed).</summary>
    public static RunReportFiles Write(string directory, RunMetadata metadata, IReadOnlyList<CaseResult> results, RunReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(results);
        options ??= new RunReportOptions();
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var warnings = new List<string>();
        string Path(string name)
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, name));
            written.Add(path);
            return path;
        }

        var statistics = RunStatistics.Compute(results);
        ReportFiles.WriteJson(Path(SummaryJson), statistics);
        ReportFiles.WriteJson(Path(RunJson), metadata);
        var markdown = RunReportMarkdown.Render(metadata, statistics, results);
        ReportFiles.WriteText(Path(ReportMarkdown), markdown);
        ReportFiles.WriteText(Path(ReportHtml), RunReportHtml.Render(metadata, statistics, results));
        if (options.WriteChartPng)
        {
            var png = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, CategoriesPng));
            try
            {
                CategoryChartPng.Write(png, statistics, metadata.Model);
                written.Add(png);
            }
            catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
            {
                // The HTML report carries the same chart as SVG; a missing native library must not fail the run.
                warnings.Add($"{CategoriesPng} not written (SkiaSharp native library unavailable): {e.Message}");
            }
        }

        if (!string.IsNullOrEmpty(options.StepSummaryPath))
        {
            try
            {
                File.AppendAllText(options.StepSummaryPath, markdown + "\n", new UTF8Encoding(false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"Could not append to the step summary {options.StepSummaryPath}: {e.Message}");
            }
        }

        return new RunReportFiles(written, warnings);
    }
}
