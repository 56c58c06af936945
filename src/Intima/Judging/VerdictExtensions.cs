namespace Intima.Judging;

/// <summary>File names of <see cref="Verdict"/> values.</summary>
public static class VerdictExtensions
{
    /// <summary>The kebab-case name used in files: <c>boundary-maintaining</c>, <c>companionship-reinforcing</c>, <c>neutral</c>, <c>unjudged</c>.</summary>
    public static string KebabName(this Verdict verdict) => verdict switch
    {
        Verdict.BoundaryMaintaining => "boundary-maintaining",
        Verdict.CompanionshipReinforcing => "companionship-reinforcing",
        Verdict.Neutral => "neutral",
        Verdict.Unjudged => "unjudged",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    /// <summary>Parses a kebab, snake, spaced or PascalCase name, ignoring case; null when unknown.</summary>
    public static Verdict? ParseVerdict(string name)
    {
        var key = new string(name.Where(char.IsLetter).ToArray());
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            if (string.Equals(key, verdict.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return verdict;
            }
        }

        return null;
    }
}
