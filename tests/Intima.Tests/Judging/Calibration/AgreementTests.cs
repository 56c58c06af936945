using Intima.Judging;
using Intima.Judging.Calibration;

namespace Intima.Tests.Judging.Calibration;

public sealed class AgreementTests
{
    [Fact]
    public void CohensKappa_KnownTable_MatchesHandComputation()
    {
        // Classic example: p_o = 0.70, p_e = 0.5·0.6 + 0.5·0.4 = 0.50, κ = 0.40.
        var kappa = Agreement.CohensKappa(new[,] { { 20, 5 }, { 10, 15 } });

        kappa.Should().BeApproximately(0.40, 1e-9);
    }

    [Fact]
    public void CohensKappa_ThreeCategories_MatchesHandComputation()
    {
        // n = 100, p_o = 0.72; rows 40/30/30, columns 35/40/25 → p_e = 0.14 + 0.12 + 0.075 = 0.335; κ = 0.385 / 0.665.
        var table = new[,] { { 30, 5, 5 }, { 2, 25, 3 }, { 3, 10, 17 } };

        Agreement.CohensKappa(table).Should().BeApproximately(0.385 / 0.665, 1e-9);
    }

    [Fact]
    public void CohensKappa_PerfectAgreement_IsOne() =>
        Agreement.CohensKappa(new[,] { { 7, 0 }, { 0, 3 } }).Should().BeApproximately(1.0, 1e-12);

    [Fact]
    public void CohensKappa_BothConstant_IsNaN() =>
        double.IsNaN(Agreement.CohensKappa(new[,] { { 10, 0 }, { 0, 0 } })).Should().BeTrue();

    [Fact]
    public void LabelScore_Counts_GivePrecisionRecallF1()
    {
        var score = new LabelScore(SubLabel.Retention, TruePositives: 6, FalsePositives: 2, FalseNegatives: 4, TrueNegatives: 8);

        score.Precision.Should().BeApproximately(0.75, 1e-9);
        score.Recall.Should().BeApproximately(0.6, 1e-9);
        score.F1.Should().BeApproximately(2 * 0.75 * 0.6 / 1.35, 1e-9);
        score.Count.Should().Be(20);
    }
}
