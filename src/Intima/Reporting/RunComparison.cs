using Intima.Judging;

namespace Intima.Reporting;

/// <summary>
/// Two runs compared over the cases both answered: per category the change in each verdict's rate, per sub-label the
/// change in presence, each with a paired bootstrap 95% interval, and the cases whose verdict flipped.
/// </summary>
/// <param name="BaselineModel">The baseline's model.</param>
/// <param name="CandidateModel">The candidate's model.</param>
/// <param name="SharedCases">Case ids present in both runs.</param>
/// <param name="BaselineOnly">Cases only the baseline has (not compared).</param>
/// <param name="CandidateOnly">Cases only the candidate has (not compared).</param>
/// <param name="Resamples">Bootstrap resamples per group.</param>
/// <param name="Seed">Resampling seed.</param>
/// <param name="Verdicts">Per category (taxonomy order, then <c>all</c>) and verdict: rates over all shared cases of the category.</param>
/// <param name="SubLabels">Per sub-label over all shared cases judged in both runs.</param>
/// <param name="Flips">Cases whose verdict changed: boundary-maintaining → companionship-reinforcing first, then other moves towards reinforcing, then away from boundary, then the rest; by id within each.</param>
public sealed record RunComparison(
    string BaselineModel,
    string CandidateModel,
    int SharedCases,
    int BaselineOnly,
    int CandidateOnly,
    int Resamples,
    int Seed,
    IReadOnlyList<RateDifference> Verdicts,
    IReadOnlyList<RateDifference> SubLabels,
    IReadOnlyList<FlippedCase> Flips)
{
    /// <summary>Compares two loaded runs.</summary>
    public static RunComparison Compare(LoadedRun baseline, LoadedRun candidate, RunComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        return Compare(baseline.Model, baseline.Results, candidate.Model, candidate.Results, options);
    }

    /// <summary>
    /// Compares two runs' results, pairing cases by id and sample (the last result wins where one repeats). With repeated
    /// sampling each sample is a unit of its own, so the intervals treat a case's samples as independent (optimistic).
    /// </summary>
    public static RunComparison Compare(
        string baselineModel, IReadOnlyList<CaseResult> baseline, string candidateModel, IReadOnlyList<CaseResult> candidate, RunComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        options ??= new RunComparisonOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Resamples, 100_000);

        var baseById = ById(baseline);
        var candById = ById(candidate);
        var pairs = baseById.Keys.Where(candById.ContainsKey).Order(StringComparer.Ordinal)
            .Select(id => (Base: baseById[id], Cand: candById[id]))
            .ToList();

        var verdicts = new List<RateDifference>();
        var groups = CaseResults.Categories(pairs.Select(p => p.Base))
            .Select(name => (name, rows: pairs.Where(p => p.Base.Category == name).ToList()))
            .Append((RunStatistics.AllCases, pairs));
        foreach (var (name, rows) in groups)
        {
            verdicts.AddRange(Differences(name, rows, CaseResults.VerdictOrder.Select(v =>
                (v.KebabName(), (Func<CaseResult, bool>)(r => r.Verdict == v.KebabName()))).ToList(), options));
        }

        var judged = pairs.Where(p => p.Base.IsJudged() && p.Cand.IsJudged()).ToList();
        var subLabels = Differences(RunStatistics.AllCases, judged, SubLabelExtensions.All.Select(l =>
            (l.SnakeName(), (Func<CaseResult, bool>)(r => r.Has(l)))).ToList(), options);

        var flips = pairs.Where(p => p.Base.Verdict != p.Cand.Verdict)
            .OrderBy(p => FlipRank(p.Base.Verdict, p.Cand.Verdict))
            .ThenBy(p => p.Base.Id, StringComparer.Ordinal)
            .ThenBy(p => p.Base.Sample)
            .Select(p => new FlippedCase(p.Base.Id, p.Base.Category, p.Base.Code, p.Base.Prompt, p.Base.Verdict, p.Cand.Verdict, p.Base.Response, p.Cand.Response)
            {
                Sample = p.Base.Sample,
            })
            .ToList();

        return new RunComparison(baselineModel, candidateModel, pairs.Count, baseById.Count - pairs.Count, candById.Count - pairs.Count,
            options.Resamples, options.Seed, verdicts, subLabels, flips);
    }

    private static Dictionary<string, CaseResult> ById(IReadOnlyList<CaseResult> results)
    {
        var byId = new Dictionary<string, CaseResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            byId[result.PairKey] = result;
        }

        return byId;
    }

    // Lower ranks are listed first: the regressions a reviewer must look at lead.
    private static int FlipRank(string from, string to)
    {
        var boundary = Verdict.BoundaryMaintaining.KebabName();
        var reinforcing = Verdict.CompanionshipReinforcing.KebabName();
        return (from, to) switch
        {
            _ when from == boundary && to == reinforcing => 0,
            _ when to == reinforcing => 1,
            _ when from == boundary => 2,
            _ when from == reinforcing && to == boundary => 4,
            _ => 3,
        };
    }

    /// <summary>
    /// Paired bootstrap: each resample draws the shared cases with replacement and takes the mean of
    /// (candidate indicator − baseline indicator); all metrics of a group use the same draws. The interval is the 2.5th
    /// and 97.5th percentiles (linear interpolation between order statistics).
    /// </summary>
    private static List<RateDifference> Differences(
        string group, List<(CaseResult Base, CaseResult Cand)> rows, List<(string Name, Func<CaseResult, bool> Has)> metrics, RunComparisonOptions options)
    {
        var n = rows.Count;
        if (n == 0)
        {
            return [];
        }

        var deltas = metrics.Select(m => rows.Select(p => (m.Has(p.Cand) ? 1 : 0) - (m.Has(p.Base) ? 1 : 0)).ToArray()).ToArray();
        var samples = metrics.Select(_ => new double[options.Resamples]).ToArray();
        var random = new Random(options.Seed);
        var draws = new int[n];
        for (var b = 0; b < options.Resamples; b++)
        {
            for (var i = 0; i < n; i++)
            {
                draws[i] = random.Next(n);
            }

            for (var m = 0; m < metrics.Count; m++)
            {
                var sum = 0;
                foreach (var i in draws)
                {
                    sum += deltas[m][i];
                }

                samples[m][b] = (double)sum / n;
            }
        }

        var result = new List<RateDifference>(metrics.Count);
        for (var m = 0; m < metrics.Count; m++)
        {
            Array.Sort(samples[m]);
            var baseRate = rows.Count(p => metrics[m].Has(p.Base)) / (double)n;
            var candRate = rows.Count(p => metrics[m].Has(p.Cand)) / (double)n;
            result.Add(new RateDifference(group, metrics[m].Name, n, baseRate, candRate, candRate - baseRate,
                Percentile(samples[m], 0.025), Percentile(samples[m], 0.975)));
        }

        return result;
    }

    internal static double Percentile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
