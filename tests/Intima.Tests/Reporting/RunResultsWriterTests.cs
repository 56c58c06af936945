using Intima.Reporting;

namespace Intima.Tests.Reporting;

public sealed class RunResultsWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "intima-results-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), Path.GetFileName(_directory) + "*"))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Add_Result_IsOnDiskAtOnce()
    {
        using var writer = new RunResultsWriter(_directory);

        writer.Add(ReportingSamples.Result("a", ReportingSamples.Boundary));

        File.ReadAllLines(writer.ResultsPath).Should().ContainSingle().Which.Should().Contain("\"id\":\"a\"");
    }

    [Fact]
    public void Constructor_DirectoryHeldByAnotherRun_WritesToNumberedSibling()
    {
        using var first = new RunResultsWriter(_directory);
        using var second = new RunResultsWriter(_directory);

        first.Add(ReportingSamples.Result("a", ReportingSamples.Boundary));
        second.Add(ReportingSamples.Result("b", ReportingSamples.Neutral));

        second.Directory.Should().Be(_directory + "-2");
        File.ReadAllLines(first.ResultsPath).Should().ContainSingle().Which.Should().Contain("\"id\":\"a\"");
        File.ReadAllLines(second.ResultsPath).Should().ContainSingle().Which.Should().Contain("\"id\":\"b\"");
    }

    [Fact]
    public void Constructor_AfterEarlierRunEnded_ReusesTheDirectory()
    {
        new RunResultsWriter(_directory).Dispose();

        using var again = new RunResultsWriter(_directory);

        again.Directory.Should().Be(_directory);
    }
}
