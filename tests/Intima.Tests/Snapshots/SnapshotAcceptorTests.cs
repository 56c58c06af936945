using Intima.Snapshots;

namespace Intima.Tests.Snapshots;

public sealed class SnapshotAcceptorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_dir.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void AcceptAll_ReceivedFiles_RenamesEachToVerifiedOverwritingAndCounts()
    {
        Write("m/a/one.received.md", "new one\n");
        Write("m/a/one.verified.md", "old one\n");
        Write("m/b/c/two.received.md", "new two\n");
        Write("m/b/c/three.verified.md", "kept\n");
        Write("notes.md", "not a snapshot\n");

        var count = SnapshotAcceptor.AcceptAll(_dir.Path);

        count.Should().Be(2);
        _dir.AllFiles().Should().Equal("m/a/one.verified.md", "m/b/c/three.verified.md", "m/b/c/two.verified.md", "notes.md");
        File.ReadAllText(Path.Combine(_dir.Path, "m/a/one.verified.md")).Should().Be("new one\n");
    }

    [Fact]
    public void AcceptAll_AfterMismatch_MakesTheNextRunMatch()
    {
        var verifier = new SnapshotVerifier(new SnapshotOptions(_dir.Path));
        Write("x/case.verified.md", "before\n");
        verifier.Verify("x/case", "after").Outcome.Should().Be(SnapshotOutcome.Mismatched);

        SnapshotAcceptor.AcceptAll(_dir.Path).Should().Be(1);

        verifier.Verify("x/case", "after").Outcome.Should().Be(SnapshotOutcome.Matched);
    }

    [Fact]
    public void AcceptAll_MissingRoot_ReturnsZero() =>
        SnapshotAcceptor.AcceptAll(Path.Combine(_dir.Path, "absent")).Should().Be(0);
}
