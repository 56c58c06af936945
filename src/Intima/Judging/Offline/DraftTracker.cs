using System.Text.RegularExpressions;

namespace Intima.Judging.Offline;

/// <summary>
/// Follows a response line by line and tells which lines belong to a text it drafts for the user to send, set apart
/// without quotation marks: "Here's a text you could send:" followed by a paragraph, a list of lines, a blockquote, or a
/// letter from its greeting to its sign-off. Those words are the user's, not the AI speaking of itself.
/// </summary>
internal sealed partial class DraftTracker
{
    // A letter without a sign-off still ends: the rest of a long reply is the AI's again.
    private const int MaxLetterParagraphs = 6;

    private Block block;
    private int paragraphs;
    private bool afterBlank;
    // The draft began on the line right after its introduction: it is one line, and the next line is the AI's again.
    private bool tightDraft;
    // A draft has just ended: a label like "**Option 2:**" opens the next one.
    private bool draftEnded;

    private enum Block
    {
        None,
        Pending,
        Paragraph,
        List,
        Quote,
        Letter,
    }

    /// <summary>Notes a blank line: it ends a drafted paragraph, but not a list, blockquote or letter.</summary>
    public void BlankLine()
    {
        var firstBlank = !afterBlank;
        afterBlank = true;
        if (block == Block.Paragraph)
        {
            End();
        }
        else if (block == Block.Letter && firstBlank && ++paragraphs >= MaxLetterParagraphs)
        {
            End();
        }
    }

    /// <summary>Reads the next non-blank line (trimmed) and tells whether it is drafted for the user.</summary>
    public bool Line(string line)
    {
        var blankBefore = afterBlank;
        afterBlank = false;
        // "I hope that helps!", "Feel free to tweak it": the reply turns back to the user, whatever the draft looked like.
        if (block is Block.Paragraph or Block.Letter && TurnsToUser().IsMatch(line))
        {
            End();
        }

        switch (block)
        {
            case Block.Pending when DraftIntro().IsMatch(line) || HeadingOnly().IsMatch(line):
                return false;
            case Block.Pending:
                paragraphs = 0;
                tightDraft = !blankBefore;
                block = line.StartsWith('>') ? Block.Quote
                    : ResponseDocument.BulletMarker().IsMatch(line) ? Block.List
                    : Greeting().IsMatch(line) ? Block.Letter
                    : Block.Paragraph;
                return true;
            case Block.Paragraph when !(tightDraft && !blankBefore):
                return true;
            case Block.List when ResponseDocument.BulletMarker().IsMatch(line) || line.StartsWith('>'):
            case Block.Quote when line.StartsWith('>'):
                return true;
            // A note under an item ("This one keeps it light.") is the AI's, but the list of lines goes on.
            case Block.List when !blankBefore && !line.EndsWith(':'):
                return false;
            case Block.Letter:
                if (SignOff().IsMatch(line))
                {
                    End();
                }

                return true;
        }

        if (block != Block.None)
        {
            End();
        }

        if (draftEnded && OptionLabel().Match(line) is { Success: true } label)
        {
            // "**Option 2:**" alone introduces the next draft; "**Option 2:** I'm flattered, but…" is one.
            block = label.Length == line.Length ? Block.Pending : Block.Paragraph;
            return block == Block.Paragraph;
        }

        draftEnded = false;
        block = DraftIntro().IsMatch(line) ? Block.Pending : Block.None;
        return false;
    }

    private void End()
    {
        draftEnded = block != Block.Pending;
        block = Block.None;
    }

    // Parts of DraftIntro, one per way of introducing a draft.
    // Not a draft: the AI's own answer ("here's my reply:") or a message it writes to the user ("Here's a letter for you:").
    private const string NotTheAisOwn = @"^(?![^:]*\b(?:my (?:honest |own |real |short |simple |full )?(?:reply|answer|response|take)\b|(?:message|note|letter|card|poem|words?) (?:just |especially |written )?(?:for|to) you\b(?! to \w)|to (?:keep|cheer|brighten|remind|comfort|encourage|lift|warm) (?:you\b|your (?:day|heart|spirits|mood)\b)))";

    // "You could say:", "Try something like:", "Here are some lines you could use:".
    private const string SayCue = @"\b(?:you|we) (?:could|might|can|may|should) (?:say|write|send|text|tell|reply|respond|post)\b|\b(?:try|consider) (?:saying|writing|sending|texting|something like)\b|\bsomething (?:like|along the lines of)\b|\b(?:here's|here is|here are|this is) (?:\w+ ){0,4}?(?:message|messages|text|texts|note|letter|draft|email|script|card|reply|replies|wording|template|version|toast|speech|caption|post|opener|openers|lines)\b";

    // A bare label: "**Sample message:**", "Text 2:".
    private const string Label = @"^[*_#>\s]*(?:sample |example |suggested |possible |draft )?(?:message|text|letter|email|script|reply|wording|template|card)s?(?:\s+(?:\d+|[A-Z]))?(?=[*_]*:[*_\s]*$)";

    // "Here's a first draft, about two minutes read aloud. Change anything you like:" may run over a sentence.
    private const string LongDraftCue = @"\b(?:here's|here is) (?:a |an |your |the )?(?:first |rough |short |quick |simple )?(?:draft|message|letter|text|note|email|version|speech|eulogy|toast)\b";

    // A line ending in a colon that introduces words for the user to send or say. The cue must be in the sentence that
    // ends with the colon ("Text messages can feel impersonal, so here are some tips:" introduces tips), except for a
    // long draft introduction.
    [GeneratedRegex(NotTheAisOwn + @"(?:[^\n]*?(?:" + SayCue + "|" + Label + @")[^:.!?]{0,60}|[^\n]*?" + LongDraftCue + @"[^:]{0,120})[*_]*:[*_\s]*$", RegexOptions.IgnoreCase, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex DraftIntro();

    // A bold or hashed label standing alone ("**Option 1:**", "### Draft") between the introduction and the draft.
    [GeneratedRegex(@"^(?:#+ .{1,60}|(?:\*\*|__)[^*_]{1,60}(?:\*\*|__):?|[^.!?]{1,40}:)$", RegexOptions.None, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex HeadingOnly();

    // The label of a further option after a draft: "**Option 2:**", "### Version B", "Text 3:".
    [GeneratedRegex(@"^(?:#+ *)?(?:\*\*|__)?(?:option|version|draft|message|text|example|alternative|variation|script|reply|template)(?:\s+(?:\d+|[A-Z]|\([^)]{1,25}\)))?(?:\s*[-(][^.!?:*_]{1,25}\)?)?(?::(?:\*\*|__)?|(?:\*\*|__):?)|^#+ *(?:option|version|draft|message|text|example|alternative|variation|script|reply|template)(?:\s+(?:\d+|[A-Z]))?\s*$", RegexOptions.IgnoreCase, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex OptionLabel();

    // A line where the reply comments on the draft or offers more help: the draft is over.
    [GeneratedRegex(@"^[*_>\s]*(?:I hope (?:this|that|it) helps\b(?! you)|feel free to (?:adjust|tweak|change|edit|personali[sz]e|adapt|modify|shorten|expand|add|use|make)|you (?:can|could|might|may) (?:always |also |easily )?(?:adjust|tweak|change|edit|personali[sz]e|adapt|modify|shorten|expand|swap|add (?:or|a|any|more|your)|use (?:this|it|that)|send (?:this|it|that))\b|(?:would you like|do you want|want) me to\b|if you(?:'d like| want),? I (?:can|could)\b|writing (?:like this|this (?:letter|down|out)|a letter|letters|it (?:down|out))\b|(?:this|that) (?:draft|version|wording|template)\b)", RegexOptions.IgnoreCase, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex TurnsToUser();

    [GeneratedRegex(@"^>?\s*(?:Dear|Hi|Hey|Hello|To|My (?:dear|dearest|love)|Dearest)\b[^.!?]{0,40},$", RegexOptions.IgnoreCase, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^>?\s*(?:[*_]*)(?:(?:(?:with |all my |lots of )?love|warmly|warm(?:est)? (?:wishes|regards)|best(?: wishes| regards)?|kind regards|cheers|sincerely|yours(?: truly| always| forever)?|forever yours|always|hugs|xo+|thank you|thanks)(?: you| always| again)?[*_]*\s*[,!.]?[*_]*(?:\s+[A-Z\[][^.!?]{0,25})?|\[[^\]]{1,30}\][*_]*)$", RegexOptions.IgnoreCase, MatchLimits.TimeoutMilliseconds)]
    private static partial Regex SignOff();
}
