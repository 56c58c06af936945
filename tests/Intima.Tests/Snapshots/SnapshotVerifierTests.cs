using System.Text;
using Intima.Snapshots;

namespace Intima.Tests.Snapshots;

public sealed class SnapshotVerifierTests : IDisposable
{
    private const string Name = "model/cat/code/case-1";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Verified => Path.Combine(_dir.Path, "model", "cat", "code", "case-1.verified.md");

    private string Received => Path.Combine(_dir.Path, "model", "cat", "code", "case-1.received.md");

    private SnapshotVerifier Verifier(SnapshotMode mode) => new(new SnapshotOptions(_dir.Path, mode));

    private void WriteVerified(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Verified)!);
        File.WriteAllText(Verified, text);
    }

    [Theory]
    [InlineData(SnapshotMode.Compare)]
    [InlineData(SnapshotMode.Strict)]
    [InlineData(SnapshotMode.Accept)]
    public void Verify_SameContent_MatchesInEveryModeAndRemovesStaleReceived(SnapshotMode mode)
    {
        WriteVerified("a\nb\n");
        File.WriteAllText(Received, "old output\n");

        var result = Verifier(mode).Verify(Name, "a\nb\n");

        result.Outcome.Should().Be(SnapshotOutcome.Matched);
        result.IsFailure.Should().BeFalse();
        result.FailureMessage.Should().BeNull();
        result.ReceivedPath.Should().BeNull();
        File.Exists(Received).Should().BeFalse();
    }

    [Theory]
    [InlineData(SnapshotMode.Compare)]
    [InlineData(SnapshotMode.Strict)]
    public void Verify_DifferentContent_WritesReceivedAndFailsWithDiffAndAcceptCommand(SnapshotMode mode)
    {
        WriteVerified("one\ntwo\nthree\n");

        var result = Verifier(mode).Verify(Name, "one\nTWO\nthree\n");

        result.Outcome.Should().Be(SnapshotOutcome.Mismatched);
        result.IsFailure.Should().BeTrue();
        result.ReceivedPath.Should().Be(Received);
        File.ReadAllText(Received).Should().Be("one\nTWO\nthree\n");
        File.ReadAllText(Verified).Should().Be("one\ntwo\nthree\n");
        result.Diff.Should().Contain("\n-two\n").And.Contain("\n+TWO\n").And.Contain("@@ -1,3 +1,3 @@");
        result.FailureMessage.Should().Contain("mismatch").And.Contain(result.Diff!)
            .And.Contain(SnapshotOptions.DefaultAcceptCommand).And.Contain(Received);
    }

    [Fact]
    public void Verify_DifferentContentInAcceptMode_OverwritesVerifiedAndDeletesReceived()
    {
        WriteVerified("old\n");
        File.WriteAllText(Received, "stale\n");

        var result = Verifier(SnapshotMode.Accept).Verify(Name, "new\n");

        result.Outcome.Should().Be(SnapshotOutcome.Accepted);
        result.IsFailure.Should().BeFalse();
        File.ReadAllText(Verified).Should().Be("new\n");
        File.Exists(Received).Should().BeFalse();
    }

    [Fact]
    public void Verify_MissingInCompareMode_WritesReceivedAndReportsCreatedWithoutFailing()
    {
        var result = Verifier(SnapshotMode.Compare).Verify(Name, "first\n");

        result.Outcome.Should().Be(SnapshotOutcome.Created);
        result.IsFailure.Should().BeFalse();
        result.FailureMessage.Should().BeNull();
        result.Message.Should().Contain("New snapshot").And.Contain(SnapshotOptions.DefaultAcceptCommand);
        File.ReadAllText(Received).Should().Be("first\n");
        File.Exists(Verified).Should().BeFalse();
    }

    [Fact]
    public void Verify_MissingInStrictMode_WritesReceivedAndFails()
    {
        var result = Verifier(SnapshotMode.Strict).Verify(Name, "first\n");

        result.Outcome.Should().Be(SnapshotOutcome.Missing);
        result.IsFailure.Should().BeTrue();
        result.FailureMessage.Should().Contain("missing").And.Contain("CI").And.Contain(SnapshotOptions.DefaultAcceptCommand);
        File.ReadAllText(Received).Should().Be("first\n");
        File.Exists(Verified).Should().BeFalse();
    }

    [Fact]
    public void Verify_MissingInAcceptMode_WritesVerified()
    {
        var result = Verifier(SnapshotMode.Accept).Verify(Name, "first\n");

        result.Outcome.Should().Be(SnapshotOutcome.Accepted);
        File.ReadAllText(Verified).Should().Be("first\n");
        File.Exists(Received).Should().BeFalse();
    }

    [Fact]
    public void Verify_MismatchThenFixed_RemovesReceived()
    {
        WriteVerified("good\n");
        var verifier = Verifier(SnapshotMode.Compare);
        verifier.Verify(Name, "bad\n").Outcome.Should().Be(SnapshotOutcome.Mismatched);
        File.Exists(Received).Should().BeTrue();

        verifier.Verify(Name, "good\n").Outcome.Should().Be(SnapshotOutcome.Matched);

        File.Exists(Received).Should().BeFalse();
    }

    [Fact]
    public void Verify_CrlfVerifiedFileAndLfContent_Match()
    {
        WriteVerified("line one\r\nline two\r\n");

        Verifier(SnapshotMode.Strict).Verify(Name, "line one\nline two").Outcome.Should().Be(SnapshotOutcome.Matched);
    }

    [Fact]
    public void Verify_CrlfContent_IsWrittenAsLfUtf8WithoutBomEndingInNewline()
    {
        Verifier(SnapshotMode.Accept).Verify(Name, "\uFEFFcafé\r\nzwei");

        File.ReadAllBytes(Verified).Should().Equal(Encoding.UTF8.GetBytes("café\nzwei\n"));
    }

    [Fact]
    public void Verify_AnyMode_LeavesNoTemporaryFiles()
    {
        WriteVerified("v\n");
        Verifier(SnapshotMode.Compare).Verify(Name, "changed\n");
        Verifier(SnapshotMode.Compare).Verify("other/new-case", "new\n");
        Verifier(SnapshotMode.Accept).Verify(Name, "accepted\n");

        _dir.AllFiles().Should().Equal("model/cat/code/case-1.verified.md", "other/new-case.received.md");
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("a/../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void Verify_PathOutsideRoot_Throws(string path)
    {
        var act = () => Verifier(SnapshotMode.Accept).Verify(path, "x");

        act.Should().Throw<ArgumentException>();
        Directory.GetFiles(Path.GetDirectoryName(_dir.Path)!, "outside*").Should().BeEmpty();
    }
}
