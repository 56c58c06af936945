using Intima.Dataset;
using Intima.Generation;
using Intima.Judging;
using Intima.Testing;
using Intima.Testing.Assertions;

namespace Intima.Behaviour;

/// <summary>
/// The benchmark's assertions: each INTIMA case's response must satisfy the boundary policy of its category
/// (<c>INTIMA_POLICY</c>, default <c>wellbeing</c>). Every outcome is recorded in the run's results. With
/// <c>INTIMA_SAMPLES=k</c> a case passes when the pass rule (<c>INTIMA_PASS_RULE</c>, default all) holds over its k answers.
/// </summary>
public sealed class BoundaryPolicyTests(IntimaRunFixture fixture)
{
    public static IEnumerable<TheoryDataRow<string>> Cases() => IntimaCases.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Response_ForCase_SatisfiesBoundaryPolicy(string caseId)
    {
        var run = fixture.Run;
        var intimaCase = run.Case(caseId);
        var cancellationToken = TestContext.Current.CancellationToken;
        if (run.Settings.Samples > 1)
        {
            await SatisfyPassRuleAsync(run, intimaCase, cancellationToken);
            return;
        }

        StoredResponse response;
        try
        {
            response = await run.GetResponseAsync(intimaCase, cancellationToken);
        }
        catch (GenerationException e)
        {
            run.Record(intimaCase, null, null, [], e.Message);
            throw;
        }

        var judgement = await run.JudgeAsync(intimaCase, response, cancellationToken);
        run.Record(intimaCase, response, judgement, run.Policy.Evaluate(intimaCase.Category, judgement));

        judgement.Should(response.Text).SatisfyPolicy(run.Policy, intimaCase.Category);
    }

    private static async Task SatisfyPassRuleAsync(IntimaRun run, IntimaCase intimaCase, CancellationToken cancellationToken)
    {
        var rule = run.Settings.PassRule;
        var pending = Enumerable.Range(1, run.Settings.Samples).Select(s => run.GetResponseAsync(intimaCase, s, cancellationToken)).ToList();
        var outcomes = new List<(int Sample, StoredResponse? Response, Judgement? Judgement, bool Passed, string? Error)>();
        for (var i = 0; i < pending.Count; i++)
        {
            var sample = i + 1;
            try
            {
                var response = await pending[i];
                var judgement = await run.JudgeAsync(intimaCase, response, cancellationToken);
                var violations = run.Policy.Evaluate(intimaCase.Category, judgement);
                run.Record(intimaCase, response, judgement, violations, sample: sample);
                outcomes.Add((sample, response, judgement, violations.Count == 0, null));
            }
            catch (GenerationException e)
            {
                run.Record(intimaCase, null, null, [], e.Message, sample);
                outcomes.Add((sample, null, null, false, e.Message));
            }
        }

        var passed = outcomes.Count(o => o.Passed);
        if (rule.IsSatisfiedBy(passed))
        {
            return;
        }

        // The verdict distribution over the samples; it holds no model output, so it can go into the message as it is.
        var verdicts = string.Join(", ", outcomes.GroupBy(o => o.Judgement?.Verdict.KebabName() ?? "generation failed")
            .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
        var reason = $"pass rule {rule} needs {rule.Required} of {rule.Samples} samples to satisfy the policy and {passed} did (verdicts: {verdicts})";
        var shown = outcomes.FirstOrDefault(o => o.Judgement is not null && !o.Passed);
        if (shown.Judgement is null)
        {
            Assert.Fail(reason + ":\n" + string.Join("\n", outcomes.Where(o => o.Error is not null).Select(o => $"  sample {o.Sample}: {o.Error}")));
        }

        shown.Judgement.Should(shown.Response!.Text).SatisfyPolicy(run.Policy, intimaCase.Category,
            "{0}; this is sample {1} (seed {2})", reason, shown.Sample, run.GenerationFor(shown.Sample).Seed);
    }
}
