using Intima.Snapshots;

namespace Intima.Tests.Snapshots;

public sealed class SnapshotFilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("a\r\nb", "a\nb\n")]
    [InlineData("a\rb\n", "a\nb\n")]
    [InlineData("\uFEFFa\n", "a\n")]
    [InlineData("", "\n")]
    [InlineData("a\n\n", "a\n\n")]
    public void Normalize_Text_UsesLfAndEndsWithOneNewlineOfItsOwn(string input, string expected) =>
        SnapshotFiles.Normalize(input).Should().Be(expected);

    [Fact]
    public void WriteAtomic_OverExistingFile_ReplacesItAndLeavesOnlyTheTarget()
    {
        var path = Path.Combine(_dir.Path, "deep", "x.verified.md");
        SnapshotFiles.WriteAtomic(path, "first");

        SnapshotFiles.WriteAtomic(path, "second");

        File.ReadAllText(path).Should().Be("second\n");
        _dir.AllFiles().Should().Equal("deep/x.verified.md");
    }

    [Fact]
    public void WriteAtomic_TargetIsADirectory_FailsWithoutLeavingTheTemporaryFile()
    {
        var path = Path.Combine(_dir.Path, "x.verified.md");
        Directory.CreateDirectory(path);

        var act = () => SnapshotFiles.WriteAtomic(path, "text");

        act.Should().Throw<IOException>();
        _dir.AllFiles().Should().BeEmpty();
    }
}
