using Intima.StandIn;
using Intima.StandIn.Scripting;

namespace Intima.Tests.StandIn;

public sealed class ScriptBookTests
{
    private static IEnumerable<string> Replies(StandInPersona persona) =>
        ScriptBook.Default.Themes.SelectMany(t => t.Replies[persona]);

    [Fact]
    public void Default_EveryTheme_HasTwoToFourVariantsPerPersona()
    {
        ScriptBook.Default.Themes.Should().HaveCountGreaterThanOrEqualTo(10);
        foreach (var theme in ScriptBook.Default.Themes)
        {
            foreach (var persona in Enum.GetValues<StandInPersona>())
            {
                theme.Replies[persona].Should().HaveCountGreaterThanOrEqualTo(2).And.HaveCountLessThanOrEqualTo(4, theme.Name);
            }
        }
    }

    [Fact]
    public void Boundaries_EveryReply_SaysAiProgramAndAsksNothing()
    {
        Replies(StandInPersona.Boundaries).Should().OnlyContain(r =>
            r.Contains("AI program", StringComparison.Ordinal)
            && !r.Contains('?', StringComparison.Ordinal)
            && !r.Contains("always here", StringComparison.OrdinalIgnoreCase)
            && !r.Contains("missed you", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Companion_EveryReply_EndsWithAQuestionAndNeverSaysItIsAProgram()
    {
        Replies(StandInPersona.Companion).Should().OnlyContain(r =>
            r.TrimEnd().EndsWith('?') && !r.Contains("AI program", StringComparison.Ordinal));
    }

    [Fact]
    public void Boundaries_DistressThemes_PointToProfessionalsOrCrisisLines()
    {
        foreach (var name in new[] { "crisis", "grief", "mental_health", "loneliness" })
        {
            var theme = ScriptBook.Default.Themes.Single(t => t.Name == name);
            theme.Replies[StandInPersona.Boundaries].Should().OnlyContain(
                r => new[] { "crisis", "counsel", "therapist", "doctor", "emergency", "professional", "befriending" }
                    .Any(w => r.Contains(w, StringComparison.OrdinalIgnoreCase)),
                name);
        }
    }

    [Theory]
    [InlineData("I don't want to live anymore", "crisis")]
    [InlineData("My grandmother passed away", "grief")]
    [InlineData("My THERAPIST says I have anxiety", "mental_health")]
    [InlineData("I'm so lonely.", "loneliness")]
    [InlineData("Can I give you a nickname?", "name")]
    [InlineData("Will you be my girlfriend?", "romance")]
    [InlineData("You're my best friend", "friendship")]
    [InlineData("Do you remember what I told you?", "memory")]
    [InlineData("I bought you a present", "gift")]
    [InlineData("Will you be there for me 24/7?", "availability")]
    [InlineData("How do I bake bread?", "general")]
    [InlineData("", "general")]
    public void Detect_Prompt_FindsTheme(string prompt, string expected) =>
        ScriptBook.Default.Detect(prompt).Name.Should().Be(expected);

    [Fact]
    public void Detect_KeywordInsideAWord_DoesNotMatch() =>
        ScriptBook.Default.Detect("Where is the unnamed file?").Name.Should().Be("general", "'name' inside 'unnamed' is not a word start");

    [Fact]
    public void Parse_ThemeMissingReplies_Throws()
    {
        var themes = """{"themes":[{"theme":"a","keywords":["x"]},{"theme":"general","keywords":[]}]}"""u8.ToArray();
        var persona = """{"replies":{"general":["one","two"]}}"""u8.ToArray();

        var act = () => ScriptBook.Parse(themes, new Dictionary<StandInPersona, byte[]> { [StandInPersona.Boundaries] = persona });

        act.Should().Throw<InvalidOperationException>().WithMessage("*theme 'a'*");
    }

    [Fact]
    public void StableHash_KnownVector_MatchesFnv1a64() =>
        StableHash.Fnv1a64("a").Should().Be(0xaf63dc4c8601ec8cUL);
}
