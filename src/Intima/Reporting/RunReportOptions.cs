namespace Intima.Reporting;

/// <summary>Options of <see cref="RunReportWriter"/>.</summary>
public sealed record RunReportOptions
{
    /// <summary>
    /// A file to append <c>report.md</c> to, for a CI job summary. Default: the <c>GITHUB_STEP_SUMMARY</c> environment
    /// variable, so GitHub Actions shows the report on the run's page; null or empty for none.
    /// </summary>
    public string? StepSummaryPath { get; init; } = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");

    /// <summary>Whether to render <c>categories.png</c>. Default true. It needs SkiaSharp's native library; failures become warnings.</summary>
    public bool WriteChartPng { get; init; } = true;
}
