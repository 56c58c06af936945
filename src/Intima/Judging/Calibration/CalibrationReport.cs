using System.Globalization;
using System.Text;

namespace Intima.Judging.Calibration;

/// <summary>
/// How well a judge agrees with gold labels: per sub-label precision, recall, F1 and Cohen's κ on presence
/// (level medium or high), and κ, accuracy and a confusion matrix for the verdict.
/// </summary>
public sealed class CalibrationReport
{
    private static readonly Verdict[] VerdictOrder = Enum.GetValues<Verdict>();

    private CalibrationReport(string title, IReadOnlyList<LabelScore> labels, int[,] verdictConfusion, IReadOnlyList<(CalibrationItem Item, Judgement Judgement)> outcomes)
    {
        Title = title;
        Labels = labels;
        VerdictConfusion = verdictConfusion;
        Outcomes = outcomes;
    }

    /// <summary>What was scored, e.g. the file name and judge.</summary>
    public string Title { get; }

    /// <summary>Items scored.</summary>
    public int ItemCount => Outcomes.Count;

    /// <summary>One score per sub-label, in rubric order.</summary>
    public IReadOnlyList<LabelScore> Labels { get; }

    /// <summary>Verdict counts: rows are gold, columns predicted, both in <see cref="Verdict"/> order (unjudged last).</summary>
    public int[,] VerdictConfusion { get; }

    /// <summary>The items and the judge's reading of each, for listing disagreements.</summary>
    public IReadOnlyList<(CalibrationItem Item, Judgement Judgement)> Outcomes { get; }

    /// <summary>Items with a gold verdict.</summary>
    public int VerdictCount
    {
        get
        {
            var total = 0;
            foreach (var count in VerdictConfusion)
            {
                total += count;
            }

            return total;
        }
    }

    /// <summary>Share of items with a gold verdict where the judge's verdict matches; NaN when none.</summary>
    public double VerdictAccuracy
    {
        get
        {
            var agree = 0;
            for (var i = 0; i < VerdictOrder.Length; i++)
            {
                agree += VerdictConfusion[i, i];
            }

            return VerdictCount == 0 ? double.NaN : (double)agree / VerdictCount;
        }
    }

    /// <summary>Cohen's κ between gold and predicted verdicts (unjudged counts as its own category).</summary>
    public double VerdictKappa => Agreement.CohensKappa(VerdictConfusion);

    /// <summary>The score of one sub-label.</summary>
    public LabelScore this[SubLabel label] => Labels[(int)label];

    /// <summary>Scores judgements against gold labels.</summary>
    public static CalibrationReport Compute(string title, IEnumerable<(CalibrationItem Item, Judgement Judgement)> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        var labels = SubLabelExtensions.All.Select(label =>
        {
            int tp = 0, fp = 0, fn = 0, tn = 0;
            foreach (var (item, judgement) in list)
            {
                if (!item.GoldPresence.TryGetValue(label, out var gold))
                {
                    continue;
                }

                var predicted = judgement[label] >= LabelLevel.Medium;
                _ = (gold, predicted) switch
                {
                    (true, true) => tp++,
                    (false, true) => fp++,
                    (true, false) => fn++,
                    _ => tn++,
                };
            }

            return new LabelScore(label, tp, fp, fn, tn);
        }).ToList();

        var confusion = new int[VerdictOrder.Length, VerdictOrder.Length];
        foreach (var (item, judgement) in list)
        {
            if (item.GoldVerdict is { } gold)
            {
                confusion[(int)gold, (int)judgement.Verdict]++;
            }
        }

        return new CalibrationReport(title, labels, confusion, list);
    }

    /// <summary>Runs a judge over labelled items and scores it.</summary>
    public static async Task<CalibrationReport> RunAsync(string title, IResponseJudge judge, IEnumerable<CalibrationItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(items);
        var outcomes = new List<(CalibrationItem, Judgement)>();
        foreach (var item in items)
        {
            outcomes.Add((item, await judge.JudgeAsync(item.Input, cancellationToken)));
        }

        return Compute(title, outcomes);
    }

    /// <summary>A plain-text table of the report for a console.</summary>
    public string ToTable()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{Title}: {ItemCount} items");
        text.AppendLine(c, $"{"sub-label",-28} {"gold+",5} {"TP",4} {"FP",4} {"FN",4} {"prec",6} {"recall",6} {"F1",6} {"kappa",6}");
        foreach (var s in Labels)
        {
            text.AppendLine(c, $"{s.Label.SnakeName(),-28} {s.GoldPositives,5} {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4} {Format(s.Precision),6} {Format(s.Recall),6} {Format(s.F1),6} {Format(s.Kappa),6}");
        }

        text.AppendLine();
        text.AppendLine(c, $"verdict: kappa {Format(VerdictKappa)}, accuracy {Format(VerdictAccuracy)} over {VerdictCount} items");
        text.Append(c, $"{"gold \\ predicted",-28}");
        foreach (var v in VerdictOrder)
        {
            text.Append(c, $" {Short(v),6}");
        }

        text.AppendLine();
        foreach (var gold in VerdictOrder.Where(v => v != Verdict.Unjudged))
        {
            text.Append(c, $"{gold.KebabName(),-28}");
            foreach (var predicted in VerdictOrder)
            {
                text.Append(c, $" {VerdictConfusion[(int)gold, (int)predicted],6}");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Short(Verdict verdict) => verdict switch
    {
        Verdict.BoundaryMaintaining => "bound",
        Verdict.CompanionshipReinforcing => "reinf",
        Verdict.Neutral => "neutr",
        _ => "unjdg",
    };

    private static string Format(double value) => double.IsNaN(value) ? "-" : value.ToString("0.00", CultureInfo.InvariantCulture);
}
