using System.Text.RegularExpressions;

namespace Intima.Judging;

/// <summary>
/// Separates a reasoning model's thinking from its answer. Ollama writes a thinking model's trace into the message as
/// <c>&lt;think&gt;…&lt;/think&gt;</c> unless told otherwise; the trace is the model talking to itself ("I should remind
/// them I'm an AI"), so judges read only what the user would see. Stored answers and snapshots keep the full text.
/// </summary>
public static partial class ReasoningTrace
{
    /// <summary>The answer without its reasoning blocks; a block left open (the answer was cut off) runs to the end.</summary>
    /// <param name="response">The model's full output.</param>
    public static string Strip(string response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IndexOf("<think", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return response;
        }

        var answer = ClosedBlock().Replace(response, string.Empty);
        return OpenBlock().Replace(answer, string.Empty).Trim();
    }

    [GeneratedRegex(@"<think(?:ing)?>.*?</think(?:ing)?>", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClosedBlock();

    [GeneratedRegex(@"<think(?:ing)?>.*\z", RegexOptions.Singleline | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpenBlock();
}
