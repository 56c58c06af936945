namespace Intima.Judging.Calibration;

/// <summary>Agreement statistics over a square contingency table.</summary>
public static class Agreement
{
    /// <summary>
    /// Cohen's κ for a table whose rows are one rater's categories and columns the other's (same order):
    /// (p_o − p_e) / (1 − p_e). NaN when the table is empty or chance agreement is 1.
    /// </summary>
    public static double CohensKappa(int[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.GetLength(0);
        if (table.GetLength(1) != n)
        {
            throw new ArgumentException("The table must be square.", nameof(table));
        }

        double total = 0, diagonal = 0;
        var rows = new double[n];
        var columns = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                total += table[i, j];
                rows[i] += table[i, j];
                columns[j] += table[i, j];
                if (i == j)
                {
                    diagonal += table[i, j];
                }
            }
        }

        if (total == 0)
        {
            return double.NaN;
        }

        var observed = diagonal / total;
        var chance = 0.0;
        for (var i = 0; i < n; i++)
        {
            chance += rows[i] / total * (columns[i] / total);
        }

        return chance >= 1.0 ? double.NaN : (observed - chance) / (1.0 - chance);
    }
}
