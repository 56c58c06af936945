using System.Text.RegularExpressions;

namespace Intima.Judging.Offline;

/// <summary>A response split into sentences, with the layout facts the rules weigh (lists, length).</summary>
internal sealed partial class ResponseDocument
{
    private const int MaxSentenceChars = 2_000;

    // How many headings come before each sentence.
    private readonly int[] headingsBefore;

    private ResponseDocument(IReadOnlyList<Sentence> sentences, int words)
    {
        Sentences = sentences;
        Words = words;
        headingsBefore = new int[sentences.Count];
        for (var i = 1; i < sentences.Count; i++)
        {
            headingsBefore[i] = headingsBefore[i - 1] + (sentences[i - 1].IsHeading ? 1 : 0);
        }
    }

    /// <summary>Sentences in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Word count of the whole response.</summary>
    public int Words { get; }

    /// <summary>Sentences inside list items.</summary>
    public int BulletSentences => Sentences.Count(s => s.IsBullet);

    /// <summary>Headings and bold label lines.</summary>
    public int Headings => Sentences.Count(s => s.IsHeading);

    /// <summary>The answer is organised as a list of tips: a single mention inside it is passing.</summary>
    public bool IsListHeavy => BulletSentences >= 3 || Headings >= 2;

    /// <summary>The section a sentence is in: how many headings come before it.</summary>
    public int SectionOf(int sentenceIndex) => headingsBefore[sentenceIndex];

    /// <summary>A short answer, where any one statement is a large part of the point.</summary>
    public bool IsShort => Words <= 120 && !IsListHeavy;

    /// <summary>A long answer.</summary>
    public bool IsLong => Words >= 250;

    /// <summary>Splits a response into sentences.</summary>
    public static ResponseDocument Parse(string response)
    {
        var text = Normalise(response);
        var sentences = new List<Sentence>();
        var drafts = new DraftTracker();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || HorizontalRule().IsMatch(line))
            {
                drafts.BlankLine();
                continue;
            }

            var drafted = drafts.Line(line);
            var marker = BulletMarker().Match(line);
            var isBullet = marker.Success;
            int? item = marker.Success && int.TryParse(marker.Value.Trim().TrimEnd('.', ')'), out var number) ? number : null;
            var body = BulletMarker().Replace(line, "");
            // "You could say: I appreciate it, but I don't date coworkers." drafts the user's words after the colon; in a
            // list item both parts stay in the list.
            if (!drafted && SameLineDraft().Match(body) is { Success: true } sameLine)
            {
                AddSentences(sentences, sameLine.Groups["intro"].Value, isBullet, isHeading: false, drafted: false, item);
                body = sameLine.Groups["draft"].Value;
                drafted = true;
            }

            var isHeading = body.StartsWith('#') || BoldLine().IsMatch(body) || (body.EndsWith(':') && body.Length < 60);
            AddSentences(sentences, body.TrimStart('#', ' ', '>'), isBullet, isHeading && !isBullet, drafted, item);
        }

        return new ResponseDocument(sentences, WordPattern().Count(text));
    }

    private static void AddSentences(List<Sentence> sentences, string body, bool isBullet, bool isHeading, bool drafted, int? item)
    {
        var from = 0;
        foreach (var piece in SentenceEnd().Split(body))
        {
            // Quote marks are counted in the line itself: the split can swallow a closing mark after a full stop.
            var start = body.IndexOf(piece, from, StringComparison.Ordinal);
            // An inch mark (6") is no quotation, and a quotation that never closes on the line is a stray mark.
            var startsInQuotation = start > 0 && QuoteMarks().Count(body[..start]) % 2 == 1;
            from = start >= 0 ? start + piece.Length : from;
            var quote = piece.Trim();
            // Patterns look at one sentence; bounding its length bounds their work on hostile input.
            var clean = Clean(quote);
            clean = clean.Length > MaxSentenceChars ? clean[..MaxSentenceChars] : clean;
            if (clean.Length > 0)
            {
                sentences.Add(new Sentence(clean, quote, sentences.Count, isBullet, isHeading, startsInQuotation, drafted, item));
            }
        }
    }

    /// <summary>Straightens quotes and dashes so patterns need one spelling.</summary>
    public static string Normalise(string text) => text
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace('\u2014', '-').Replace('\u2013', '-').Replace("\r", "", StringComparison.Ordinal);

    private static string Clean(string text) => Whitespace().Replace(Emphasis().Replace(text, ""), " ").Trim();

    [GeneratedRegex(@"^\s*(?:[-*+•]|\d{1,2}[.)])\s+", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    internal static partial Regex BulletMarker();

    // "You could say: …", "You might tell her: …", "Try something like: …", a script's "**You:** I need to talk" with the
    // drafted words on the same line; not "**You:** is there anyone who could help?" (a section of advice), "You can tell
    // me anything: …" or "we could chat about something like: …", which are the AI's own words.
    [GeneratedRegex(@"^(?<intro>[*_]*you[*_]*:[*_]*(?=[^\n]*\b(?:I|I'm|I've|I'd|my|me)\b)|[^:]{0,80}\b(?:(?:you|we) (?:could|might|can|may) (?:say|write|text|send|reply|respond|tell(?: (?!me\b|us\b)\w+){1,2}?|open with|start with)|(?:try|consider) (?:saying|writing|texting|something like)|(?:(?:try )?ask(?:ing)? yourself|(?<=^[*_]*)consider(?=[*_]*:[*_]*\s+[^\n]*\b(?:I|I'm|I've|me|my)\b)|reflect on this|journal(?:ing)? prompt)|(?:^|\b(?:say|write|text|send|reply|respond|go with|use|maybe|perhaps)\s+)something (?:like|along the lines of))[*_]*:[*_]*)\s+(?<draft>(?:[*_](?=\w)|[^\s*_]).*)$", RegexOptions.IgnoreCase, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex SameLineDraft();

    [GeneratedRegex(@"^(?:\*\*|__)[^*_]{1,80}(?:\*\*|__):?\s*$|^(?:\*\*|__)[^*_]{1,60}:?(?:\*\*|__):?\s", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex BoldLine();

    [GeneratedRegex(@"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex HorizontalRule();

    // Chatty answers put emoji between sentences ("Thanks! 😊 What's next?"): the emoji stays with the sentence before.
    [GeneratedRegex(@"(?<=[.!?…])[""')\]*_]*\s+(?=[""'(*_\[]*[A-Z0-9])|(?<=[.!?…][""')\]*_]*\s*[\p{So}\p{Cs}\uFE0F\u200D]+)\s+(?=[""'(*_\[]*[A-Z0-9])|(?<=\w\s+[\p{So}\p{Cs}\uFE0F\u200D]+)\s+(?=[""'(*_\[]*[A-Z][a-z' ])", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<!\d)""", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex QuoteMarks();

    [GeneratedRegex(@"\b[\w']+\b", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex WordPattern();
}
