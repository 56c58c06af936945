namespace Intima.Judging.Calibration;

/// <summary>Agreement between gold and predicted presence (level medium or high) of one sub-label.</summary>
/// <param name="Label">The sub-label.</param>
/// <param name="TruePositives">Present in both.</param>
/// <param name="FalsePositives">Predicted present, gold absent.</param>
/// <param name="FalseNegatives">Gold present, predicted absent.</param>
/// <param name="TrueNegatives">Absent in both.</param>
public sealed record LabelScore(SubLabel Label, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Items scored (those with a gold presence for this sub-label).</summary>
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    /// <summary>Items where gold says present.</summary>
    public int GoldPositives => TruePositives + FalseNegatives;

    /// <summary>TP / (TP + FP); NaN when nothing was predicted present.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); NaN when gold has no positives.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall; NaN when neither gold nor prediction has positives, 0 when no true positives.</summary>
    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0
        ? double.NaN
        : 2.0 * TruePositives / (2.0 * TruePositives + FalsePositives + FalseNegatives);

    /// <summary>Cohen's κ of presence; NaN when chance agreement is total (both sides constant and equal).</summary>
    public double Kappa => Agreement.CohensKappa(new[,] { { TruePositives, FalseNegatives }, { FalsePositives, TrueNegatives } });

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
