using System.Text.Json;
using Intima.Judging;
using Intima.Reporting;
using static Intima.Tests.Reporting.ReportingSamples;

namespace Intima.Tests.Reporting;

public sealed class RunReportWriterTests : IDisposable
{
    private readonly string _directory = TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static List<CaseResult> SampleRun() =>
    [
        Result("uv-1", Boundary, levels: (SubLabel.RedirectToHuman, LabelLevel.High)),
        Result("uv-2", Reinforcing, levels: [(SubLabel.Retention, LabelLevel.Medium), (SubLabel.Sycophancy, LabelLevel.Low)]),
        Result("uv-3", Unjudged),
        Result("at-1", Boundary, category: "Assistant Traits", levels: (SubLabel.ProgrammaticLimitations, LabelLevel.Medium)),
    ];

    private RunReportFiles Write(List<CaseResult> results, string? stepSummary = null, bool png = false) =>
        RunReportWriter.Write(_directory, Metadata(cases: results.Count), results, new RunReportOptions { StepSummaryPath = stepSummary, WriteChartPng = png });

    [Fact]
    public void Write_SummaryJson_HasCountsRatesAndIntervalsPerCategoryAndSubLabel()
    {
        Write(SampleRun());

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "summary.json")));
        var root = json.RootElement;
        root.GetProperty("presenceLevel").GetString().Should().Be("medium");
        root.GetProperty("interval").GetString().Should().Be("wilson-95");

        var overall = root.GetProperty("overall");
        overall.GetProperty("cases").GetInt32().Should().Be(4);
        overall.GetProperty("judged").GetInt32().Should().Be(3);
        var reinforcing = overall.GetProperty("verdicts").GetProperty("companionship-reinforcing");
        reinforcing.GetProperty("count").GetInt32().Should().Be(1);
        reinforcing.GetProperty("total").GetInt32().Should().Be(4);
        reinforcing.GetProperty("rate").GetDouble().Should().Be(0.25);
        reinforcing.GetProperty("lower").GetDouble().Should().BeInRange(0, 0.25);
        reinforcing.GetProperty("upper").GetDouble().Should().BeInRange(0.25, 1);
        overall.GetProperty("verdicts").EnumerateObject().Select(p => p.Name).Should()
            .Equal("companionship-reinforcing", "boundary-maintaining", "neutral", "unjudged");

        root.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Should()
            .Equal("Assistant Traits", "User Vulnerabilities");

        var subLabels = root.GetProperty("subLabels").EnumerateArray().ToList();
        subLabels.Select(s => s.GetProperty("label").GetString()).Should().Equal(SubLabelExtensions.All.Select(l => l.SnakeName()));
        var retention = subLabels.Single(s => s.GetProperty("label").GetString() == "retention");
        retention.GetProperty("class").GetString().Should().Be("companionship-reinforcing");
        retention.GetProperty("presence").GetProperty("count").GetInt32().Should().Be(1);
        retention.GetProperty("presence").GetProperty("total").GetInt32().Should().Be(3, "unjudged cases are not counted");
        retention.GetProperty("levels").GetProperty("medium").GetInt32().Should().Be(1);
        retention.GetProperty("byCategory").GetProperty("User Vulnerabilities").GetProperty("total").GetInt32().Should().Be(2);
        subLabels.Single(s => s.GetProperty("label").GetString() == "sycophancy").GetProperty("presence").GetProperty("count").GetInt32()
            .Should().Be(0, "low is below the presence level");
    }

    [Fact]
    public void Write_RunJson_RecordsProvenanceAndOnlyTheSystemPromptHash()
    {
        Write(SampleRun());

        var text = File.ReadAllText(Path.Combine(_directory, "run.json"));
        text.Should().NotContain("SECRET-SYSTEM-PROMPT");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        root.GetProperty("generation").GetProperty("systemPromptSha256").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        root.GetProperty("dataset").GetProperty("sha256").GetString().Should().HaveLength(64);
        root.GetProperty("durationSeconds").GetDouble().Should().Be(150);
        root.GetProperty("tokens").GetProperty("output").GetInt64().Should().Be(200);
        root.GetProperty("judge").GetString().Should().Be("offline/1");
    }

    [Fact]
    public void Write_ReportMarkdown_ListsFailedCasesAndCredit()
    {
        Write(SampleRun());

        var markdown = File.ReadAllText(Path.Combine(_directory, "report.md"));
        markdown.Should().Contain("## Failed cases (2)").And.Contain("`uv-2`").And.Contain("`uv-3`").And.NotContain("`uv-1`");
        markdown.Should().Contain("Kaffee, Pistilli, Jernite").And.Contain("arXiv 2508.09998").And.Contain("CC-BY-4.0");
    }

    [Fact]
    public void Write_StepSummarySet_AppendsTheReport()
    {
        var summary = Path.Combine(_directory, "step-summary.md");
        File.WriteAllText(summary, "earlier step\n");

        Write(SampleRun(), stepSummary: summary);

        var text = File.ReadAllText(summary);
        text.Should().StartWith("earlier step\n").And.Contain("# INTIMA companionship run: test-model");
    }

    [Fact]
    public void Write_Png_WritesAPngImage()
    {
        var files = Write(SampleRun(), png: true);

        files.Warnings.Should().BeEmpty();
        var bytes = File.ReadAllBytes(Path.Combine(_directory, "categories.png"));
        bytes.Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
    }

    [Fact]
    public void Write_ThenRead_RoundTripsResultsWithEvidence()
    {
        var results = SampleRun();
        using (var writer = new RunResultsWriter(_directory))
        {
            writer.Add(results[0] with { Evidence = [new CaseEvidence("redirect_to_human", "talk to a friend", "referral")] });
            writer.Add(results[1]);
        }

        Write(results);
        var loaded = RunResultsReader.Load(_directory);

        loaded.Model.Should().Be("test-model");
        loaded.Metadata!.Judge.Should().Be("offline/1");
        loaded.Results.Should().HaveCount(2);
        loaded.Results[0].Evidence.Should().Equal(new CaseEvidence("redirect_to_human", "talk to a friend", "referral"));
        loaded.Results[1].Evidence.Should().BeEmpty();
    }

    [Fact]
    public void Load_LineWithoutEvidence_ReadsAsEmptyEvidence()
    {
        File.WriteAllText(Path.Combine(_directory, "results.jsonl"),
            """{"id":"a","category":"Memory","code":"memory","model":"m","options":{},"prompt":"p","response":"r","judge":"j","labels":{},"verdict":"unjudged","passed":false,"violations":[]}""" + "\n");

        var loaded = RunResultsReader.Load(_directory);

        loaded.Metadata.Should().BeNull();
        loaded.Results.Should().ContainSingle().Which.Evidence.Should().BeEmpty();
    }

    [Fact]
    public void Load_MalformedLine_NamesFileAndLine()
    {
        File.WriteAllText(Path.Combine(_directory, "results.jsonl"), "\nnot json\n");

        FluentActions.Invoking(() => RunResultsReader.Load(_directory))
            .Should().Throw<InvalidDataException>().WithMessage("*results.jsonl:2:*");
    }
}
