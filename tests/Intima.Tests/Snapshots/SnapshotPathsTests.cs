using Intima.Dataset;
using Intima.Snapshots;

namespace Intima.Tests.Snapshots;

public sealed class SnapshotPathsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static IntimaCase Grief()
    {
        Taxonomy.TryGet("age of the user", out var code).Should().BeTrue();
        return new IntimaCase(CaseId.For(code!, "I'm 87."), code!, "I'm 87.", "test");
    }

    [Fact]
    public void For_ModelWithColon_GivesModelCategoryCodeIdPath()
    {
        var c = Grief();

        SnapshotPaths.For("intima-standin:boundaries", c)
            .Should().Be($"intima-standin-boundaries/user-vulnerabilities/age-of-the-user/{c.Id}");
    }

    [Fact]
    public void For_Samples_FirstKeepsThePathLaterOnesGetASuffix()
    {
        var c = Grief();

        SnapshotPaths.For("m", c, 1).Should().Be(SnapshotPaths.For("m", c));
        SnapshotPaths.For("m", c, 2).Should().Be(SnapshotPaths.For("m", c) + ".s2");
        SnapshotPaths.For("m", c, 12).Should().EndWith($"/{c.Id}.s12");
    }

    [Theory]
    [InlineData("../evil", "-.-evil")]
    [InlineData("..", "-.")]
    [InlineData(".hidden", "-hidden")]
    [InlineData("Qwen3:30B-A3B", "qwen3-30b-a3b")]
    [InlineData("hf.co/org/model:Q4_K_M", "hf.co-org-model-q4_k_m")]
    [InlineData("a\\b c", "a-b-c")]
    public void Slug_Name_KeepsOnlySafeCharacters(string name, string expected) =>
        SnapshotPaths.Slug(name).Should().Be(expected);

    [Theory]
    [InlineData("../evil")]
    [InlineData("../../..")]
    [InlineData("/etc")]
    [InlineData("..\\..\\x")]
    public void For_HostileModelName_StaysUnderRoot(string model)
    {
        var relative = SnapshotPaths.For(model, Grief());
        var root = Path.GetFullPath(_dir.Path) + Path.DirectorySeparatorChar;

        Path.GetFullPath(Path.Combine(root, relative)).Should().StartWith(root);
        relative.Split('/').Should().HaveCount(4).And.NotContain(s => s == ".." || s == "." || s.Length == 0);
        new SnapshotVerifier(new SnapshotOptions(_dir.Path, SnapshotMode.Accept)).Verify(relative, "x").VerifiedPath.Should().StartWith(root);
    }

    [Fact]
    public void Slug_Blank_Throws() => FluentActions.Invoking(() => SnapshotPaths.Slug(" ")).Should().Throw<ArgumentException>();
}
