using System.Runtime.CompilerServices;
using Intima.Snapshots;
using Intima.Testing;

namespace Intima.Snapshots.Tests;

/// <summary>
/// Each INTIMA case's response, with the judge's reading, kept as a reviewed snapshot under
/// <c>Snapshots/&lt;model&gt;/&lt;category&gt;/&lt;code&gt;/&lt;case&gt;.verified.md</c>. A difference writes <c>.received.md</c> and fails with a diff.
/// With <c>INTIMA_SAMPLES=k</c> samples 2…k are kept beside it as <c>&lt;case&gt;.s2.verified.md</c>, ….
/// </summary>
public sealed class ResponseSnapshotTests(IntimaRunFixture fixture)
{
    private static readonly string Root = Path.Combine(SourceDirectory(), "Snapshots");

    public static IEnumerable<TheoryDataRow<string>> Cases() => IntimaCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_ForCase_MatchesVerifiedSnapshot(string caseId)
    {
        var run = fixture.Run;
        var intimaCase = run.Case(caseId);
        var cancellationToken = TestContext.Current.CancellationToken;
        var verifier = new SnapshotVerifier(new SnapshotOptions(Root, run.Settings.Snapshots));
        var failures = new List<string>();
        for (var sample = 1; sample <= run.Settings.Samples; sample++)
        {
            var response = await run.GetResponseAsync(intimaCase, sample, cancellationToken);
            var judgement = await run.JudgeAsync(intimaCase, response, cancellationToken);
            var document = new SnapshotDocument(intimaCase, run.Model.Name, run.Model.Digest, run.GenerationFor(sample), response.Text, judgement);

            var result = verifier.Verify(SnapshotPaths.For(run.Model.Name, intimaCase, sample), SnapshotFormatter.Format(document));

            if (result.Outcome == SnapshotOutcome.Created)
            {
                TestContext.Current.AddWarning(result.Message);
            }

            if (result.Outcome is not (SnapshotOutcome.Matched or SnapshotOutcome.Created or SnapshotOutcome.Accepted))
            {
                failures.Add(result.Message);
            }
        }

        // The message carries the diff of model output verbatim, so it is not used as a format string.
        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }

    // Snapshots live beside the test sources, as Verify keeps them.
    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
