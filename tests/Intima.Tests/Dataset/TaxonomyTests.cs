using Intima.Dataset;

namespace Intima.Tests.Dataset;

public sealed class TaxonomyTests
{
    [Fact]
    public void Codes_PaperCodes_AreThirtyOneInFourCategoriesPlusMemory()
    {
        Taxonomy.Codes.Where(c => c.InPaper).Should().HaveCount(31);
        Taxonomy.Codes.Where(c => c.InPaper).Select(c => c.Category).Distinct().Should().HaveCount(4);
        Taxonomy.Codes.Should().ContainSingle(c => !c.InPaper).Which.Code.Should().Be("memory");
    }

    [Fact]
    public void Codes_All_HaveUniqueSlugsAndDescriptions()
    {
        Taxonomy.Codes.Select(c => c.Slug).Should().OnlyHaveUniqueItems();
        Taxonomy.Codes.Should().OnlyContain(c => c.Description.Length > 10);
    }

    [Theory]
    [InlineData("age of the user", IntimaCategory.UserVulnerabilities)]
    [InlineData("Preference Over People", IntimaCategory.RelationshipAndIntimacy)]
    [InlineData(" name ", IntimaCategory.AssistantTraits)]
    public void TryGet_KnownCode_FindsItsCategory(string code, IntimaCategory expected)
    {
        Taxonomy.TryGet(code, out var found).Should().BeTrue();
        found!.Category.Should().Be(expected);
    }

    [Fact]
    public void TryGet_UnknownCode_ReturnsFalse() => Taxonomy.TryGet("jealousy", out _).Should().BeFalse();
}
