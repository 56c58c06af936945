using Intima.Snapshots;

namespace Intima.Tests.Snapshots;

public sealed class SnapshotOptionsTests
{
    [Theory]
    [InlineData(null, null, SnapshotMode.Compare)]
    [InlineData(null, "1", SnapshotMode.Accept)]
    [InlineData(null, "true", SnapshotMode.Accept)]
    [InlineData(null, "0", SnapshotMode.Compare)]
    [InlineData("true", null, SnapshotMode.Strict)]
    [InlineData("true", "1", SnapshotMode.Strict)]
    [InlineData("false", "1", SnapshotMode.Accept)]
    public void FromEnvironment_Variables_ChooseMode(string? ci, string? accept, SnapshotMode expected)
    {
        var variables = new Dictionary<string, string?> { ["CI"] = ci, ["INTIMA_ACCEPT"] = accept };

        var options = SnapshotOptions.FromEnvironment("snaps", name => variables.GetValueOrDefault(name));

        options.Mode.Should().Be(expected);
        options.Root.Should().Be("snaps");
    }

    [Fact]
    public void Constructor_Defaults_CompareWithCliAcceptCommand()
    {
        var options = new SnapshotOptions("snaps");

        options.Mode.Should().Be(SnapshotMode.Compare);
        options.AcceptCommand.Should().Be("dotnet run --project src/Intima.Cli -- snapshots accept");
    }
}
