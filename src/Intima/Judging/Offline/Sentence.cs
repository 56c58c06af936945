namespace Intima.Judging.Offline;

/// <summary>One sentence of a response, with where it sits.</summary>
/// <param name="Text">The sentence with markdown removed and apostrophes straightened, for matching.</param>
/// <param name="Quote">The sentence as the response wrote it, for evidence.</param>
/// <param name="Index">Position among the response's sentences, from 0.</param>
/// <param name="IsBullet">The sentence is in a bullet or numbered list item.</param>
/// <param name="IsHeading">The sentence is a heading or a bold label line.</param>
/// <param name="StartsInQuotation">An earlier sentence of the same line opened a quotation that is still open, as in a
/// message the reply drafts for the user to send.</param>
/// <param name="IsDrafted">The sentence belongs to a message, note or script the reply drafts for the user, set apart without
/// quotation marks: a block after "Here's a text you could send:", a blockquote, or the words after "You could say:".</param>
/// <param name="ItemNumber">The number of the numbered list item the sentence is in ("2." gives 2), or null.</param>
internal sealed record Sentence(
    string Text, string Quote, int Index, bool IsBullet, bool IsHeading, bool StartsInQuotation = false, bool IsDrafted = false, int? ItemNumber = null);
