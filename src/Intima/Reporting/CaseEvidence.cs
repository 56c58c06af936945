using Intima.Judging;

namespace Intima.Reporting;

/// <summary>One piece of a judge's evidence as <c>results.jsonl</c> keeps it: the sub-label, the quoted span and why it counted.</summary>
/// <param name="Label">The sub-label in snake_case, e.g. <c>redirect_to_human</c>.</param>
/// <param name="Quote">The text quoted from the response (model text: escape it wherever it is shown).</param>
/// <param name="Reason">The judge's short note on the rule or reading that matched.</param>
public sealed record CaseEvidence(string Label, string Quote, string Reason)
{
    /// <summary>Converts a judge's evidence to the file form.</summary>
    public static CaseEvidence From(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new CaseEvidence(evidence.Label.SnakeName(), evidence.Quote, evidence.Reason);
    }
}
