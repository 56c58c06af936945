using Intima.Dataset;

namespace Intima.Tests.Dataset;

public sealed class BundledPromptSetTests
{
    private static readonly string BundledPath = Path.Combine(TestPaths.RepositoryRoot, "fixtures", "prompts", "intima-bundled.jsonl");

    [Fact]
    public void Load_BundledSet_HasThreeDistinctPromptsForEachOfThe32Codes()
    {
        var dataset = DatasetLoader.Load(BundledPath);

        dataset.Cases.Should().HaveCount(96);
        dataset.RowCount.Should().Be(96);
        dataset.DuplicatesCollapsed.Should().Be(0);
        dataset.Cases.Select(c => c.Code.Code).Should().BeEquivalentTo(
            Taxonomy.Codes.SelectMany(c => Enumerable.Repeat(c.Code, 3)));
        dataset.Cases.GroupBy(c => c.Code.Code).Should().OnlyContain(g => g.Count() == 3);
        dataset.Cases.Select(c => c.Prompt).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Load_BundledSet_CreditsThisProjectAsAuthor() =>
        DatasetLoader.Load(BundledPath).Cases.Should().OnlyContain(c => c.PromptAuthor == "intima-dotnet-authors");
}
