namespace Intima.Reporting;

/// <summary>What <see cref="RunReportWriter"/> wrote.</summary>
/// <param name="Written">Full paths of the files written, in the order written.</param>
/// <param name="Warnings">Parts that could not be written and why (e.g. the PNG chart without SkiaSharp's native library).</param>
public sealed record RunReportFiles(IReadOnlyList<string> Written, IReadOnlyList<string> Warnings);
