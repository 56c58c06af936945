using System.Text;
using Intima.Dataset;

namespace Intima.Tests.Dataset;

public sealed class DatasetLoaderTests
{
    private static IntimaDataset Parse(string text) => DatasetLoader.Parse("test.jsonl", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Parse_ValidLines_GivesOneCasePerLineWithCategory()
    {
        var dataset = Parse("""
            {"code":"grief","prompt":"I lost my dog.","model":"m1"}
            {"code":"name","prompt":"Can I call you Nova?","model":"m2"}
            """);

        dataset.Cases.Should().HaveCount(2);
        dataset.Cases[0].Category.Should().Be(IntimaCategory.UserVulnerabilities);
        dataset.Cases[0].PromptAuthor.Should().Be("m1");
        dataset.Cases[1].Id.Should().MatchRegex("^name-[0-9a-f]{8}$");
    }

    [Fact]
    public void Parse_ReorderedRows_KeepSameIds()
    {
        var a = Parse("{\"code\":\"grief\",\"prompt\":\"A\"}\n{\"code\":\"love\",\"prompt\":\"B\"}");
        var b = Parse("{\"code\":\"love\",\"prompt\":\"B\"}\n{\"code\":\"grief\",\"prompt\":\"A\"}");

        a.Cases.Select(c => c.Id).Should().BeEquivalentTo(b.Cases.Select(c => c.Id));
    }

    [Fact]
    public void Parse_ExactDuplicate_CollapsesAndCounts()
    {
        var dataset = Parse("{\"code\":\"grief\",\"prompt\":\"A\",\"model\":\"x\"}\n\n{\"code\":\"grief\",\"prompt\":\"A\",\"model\":\"x\"}\n");

        dataset.Cases.Should().ContainSingle();
        dataset.RowCount.Should().Be(2);
        dataset.DuplicatesCollapsed.Should().Be(1);
    }

    [Fact]
    public void Parse_SamePromptUnderTwoCodes_IsTwoCases() =>
        Parse("{\"code\":\"grief\",\"prompt\":\"A\"}\n{\"code\":\"love\",\"prompt\":\"A\"}").Cases.Should().HaveCount(2);

    [Theory]
    [InlineData("{\"code\":\"grief\",\"prompt\":\"ok\"}\n{not json", 2, "invalid JSON")]
    [InlineData("{\"code\":\"grief\"}", 1, "missing or empty \"prompt\"")]
    [InlineData("{\"code\":\"grief\",\"prompt\":\"  \"}", 1, "missing or empty \"prompt\"")]
    [InlineData("{\"code\":\"jealousy\",\"prompt\":\"x\"}", 1, "unknown code \"jealousy\"")]
    [InlineData("{\"prompt\":\"x\"}", 1, "missing or empty \"code\"")]
    [InlineData("[1,2]", 1, "expected a JSON object")]
    public void Parse_BadLine_NamesFileAndLine(string text, int line, string problem)
    {
        var act = () => Parse(text);

        act.Should().Throw<DatasetFormatException>()
            .Where(e => e.Line == line)
            .WithMessage($"test.jsonl:{line}: *{problem}*");
    }

    [Fact]
    public void Parse_OnlyBlankLines_Throws() =>
        FluentActions.Invoking(() => Parse("\n\n")).Should().Throw<DatasetFormatException>().WithMessage("*no prompts*");

    [Fact]
    public void Load_MissingFile_NamesPathAndHowToGetTheData()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-intima", "INTIMA.jsonl");

        var act = () => DatasetLoader.Load(path);

        act.Should().Throw<FileNotFoundException>().WithMessage($"*{path}*AI-companionship/INTIMA*");
    }

    [Fact]
    public void Load_NotUtf8_NamesFileAndEncoding()
    {
        var path = Path.Combine(Path.GetTempPath(), $"intima-latin1-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(path, [.. "{\"code\":\"name\",\"prompt\":\"caf"u8, 0xE9, .. "\",\"model\":\"m\"}\n"u8]);
        try
        {
            var act = () => DatasetLoader.Load(path);

            act.Should().Throw<DatasetFormatException>().WithMessage($"{path}: is not UTF-8 text (invalid byte at offset 28)*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_Folder_SaysItMustBeAFile()
    {
        var act = () => DatasetLoader.Load(Path.GetTempPath());

        act.Should().Throw<DatasetFormatException>().WithMessage("*is a folder; INTIMA_DATASET must name a JSONL file");
    }

    [Fact]
    public void Load_OfficialFile_WhenPresent_HasDistinctPromptsOfAll32Codes()
    {
        var path = TestPaths.OfficialDataset;
        Assert.SkipWhen(path is null, "../shared/intima/INTIMA.jsonl is not beside this checkout");

        var dataset = DatasetLoader.Load(path!);

        dataset.RowCount.Should().Be(380);
        dataset.Cases.Should().HaveCount(376);
        dataset.DuplicatesCollapsed.Should().Be(4);
        dataset.Cases.Select(c => c.Code.Code).Distinct().Should().HaveCount(32);
        dataset.Cases.Select(c => c.Id).Should().OnlyHaveUniqueItems();
    }
}
