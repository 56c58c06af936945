namespace Intima.Judging;

/// <summary>
/// Separates a reasoning model's thinking from its answer. Ollama writes a thinking model's trace at the start of the
/// message as <c>&lt;think&gt;…&lt;/think&gt;</c> unless told otherwise; the trace is the model talking to itself ("I
/// should remind them I'm an AI"), so judges read only what the user would see. Stored answers and snapshots keep the
/// full text.
/// </summary>
internal static class ReasoningTrace
{
    private static readonly string[] Openers = ["<thinking", "<think"];
    private static readonly string[] Closers = ["</think>", "</thinking>"];

    /// <summary>
    /// The answer without a leading reasoning block, trimmed. Only a block at the start counts, so an answer that
    /// mentions the tag keeps its text. Nested blocks are balanced; a block left open (the answer was cut off) takes the
    /// rest; a bare closing tag with no opener before it (a template that pre-fills the opener) ends the trace.
    /// The scan is linear in the length of the text.
    /// </summary>
    /// <param name="response">The model's full output.</param>
    public static string Strip(string response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = response.TrimStart();
        if (OpenerLength(text, 0) > 0)
        {
            return text[EndOfBlock(text)..].Trim();
        }

        // "…trace</think>answer": the opener was in the prompt template, not the output.
        foreach (var closer in Closers)
        {
            var close = text.IndexOf(closer, StringComparison.OrdinalIgnoreCase);
            if (close >= 0 && text.IndexOf("<think", 0, close, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return text[(close + closer.Length)..].Trim();
            }
        }

        return response.Trim();
    }

    // Index just past the block that opens at 0, counting nested openers; the text's end when it never closes.
    private static int EndOfBlock(string text)
    {
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var tag = text.IndexOf('<', i);
            if (tag < 0)
            {
                return text.Length;
            }

            if (OpenerLength(text, tag) is > 0 and var opener)
            {
                depth++;
                i = tag + opener;
            }
            else if (CloserLength(text, tag) is > 0 and var closer)
            {
                depth--;
                i = tag + closer;
                if (depth == 0)
                {
                    return i;
                }
            }
            else
            {
                i = tag + 1;
            }
        }

        return text.Length;
    }

    // "<think>", "<thinking>" or "<think …>" at index; 0 when there is none.
    private static int OpenerLength(string text, int index)
    {
        foreach (var name in Openers)
        {
            if (string.Compare(text, index, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var after = index + name.Length;
                if (after < text.Length && (text[after] == '>' || text[after] == ' '))
                {
                    var end = text.IndexOf('>', after);
                    return end < 0 ? text.Length - index : end + 1 - index;
                }
            }
        }

        return 0;
    }

    private static int CloserLength(string text, int index)
    {
        foreach (var closer in Closers)
        {
            if (string.Compare(text, index, closer, 0, closer.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return closer.Length;
            }
        }

        return 0;
    }
}
