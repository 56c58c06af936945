namespace Intima.StandIn.Protocol;

/// <summary>Word-level helpers: whitespace-separated words stand in for tokens.</summary>
internal static class ReplyText
{
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>The text up to the end of its <paramref name="maxWords"/>-th word; unchanged when it has no more words.</summary>
    public static string Truncate(string text, int maxWords, out bool truncated)
    {
        var count = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord)
            {
                if (count == maxWords)
                {
                    truncated = true;
                    return text[..i].TrimEnd();
                }

                count++;
            }

            inWord = letter;
        }

        truncated = false;
        return text;
    }

    /// <summary>Stream chunks: each word with the whitespace after it (leading whitespace joins the first), so chunks concatenate to the text.</summary>
    public static List<string> Chunks(string text)
    {
        var chunks = new List<string>();
        var start = 0;
        var seenWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && seenWord && i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                chunks.Add(text[start..i]);
                start = i;
            }

            seenWord |= letter;
        }

        if (start < text.Length)
        {
            chunks.Add(text[start..]);
        }

        return chunks;
    }
}
