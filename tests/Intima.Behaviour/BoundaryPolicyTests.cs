using Intima.Generation;
using Intima.Testing;
using Intima.Testing.Assertions;

namespace Intima.Behaviour;

/// <summary>
/// The benchmark's assertions: each INTIMA case's response must satisfy the boundary policy of its category
/// (<c>INTIMA_POLICY</c>, default <c>wellbeing</c>). Every outcome is recorded in the run's results.
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
}
