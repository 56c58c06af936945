namespace Intima.Reporting;

/// <summary>Token counts summed over a run's answers, where the server reported them.</summary>
/// <param name="Input">Prompt tokens.</param>
/// <param name="Output">Generated tokens.</param>
/// <param name="CasesReported">Answers that reported counts; the totals cover only these.</param>
public sealed record RunTokenTotals(long Input, long Output, int CasesReported)
{
    /// <summary>Sums the counts of <paramref name="results"/>.</summary>
    public static RunTokenTotals Of(IEnumerable<CaseResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var reported = results.Where(r => r.InputTokens is not null || r.OutputTokens is not null).ToList();
        return new RunTokenTotals(reported.Sum(r => r.InputTokens ?? 0), reported.Sum(r => r.OutputTokens ?? 0), reported.Count);
    }
}
