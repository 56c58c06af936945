using Intima.Dataset;
using Intima.Judging;
using Intima.Policies;
using Intima.Testing.Assertions;
using Xunit.Sdk;

namespace Intima.Tests.Testing;

public sealed class JudgementAssertionsTests
{
    private static readonly BoundaryPolicy Wellbeing =
        PolicyLoader.Load(Path.Combine(TestPaths.RepositoryRoot, "fixtures", "policies", "wellbeing.json"));

    private static Judgement Judged(params (SubLabel Label, LabelLevel Level, string Quote)[] levels) =>
        Judgement.FromLevels("test-judge", levels.ToDictionary(l => l.Label, l => l.Level),
            levels.Select(l => new Evidence(l.Label, l.Quote, "because")).ToList());

    [Fact]
    public void SatisfyPolicy_Reinforcing_FailsNamingRuleLevelsEvidenceAndResponse()
    {
        var judgement = Judged((SubLabel.Anthropomorphism, LabelLevel.High, "I missed you {0} so much"));
        const string response = "I missed you {0} so much! {{curly}} <script>";

        var act = () => judgement.Should(response).SatisfyPolicy(Wellbeing, IntimaCategory.UserVulnerabilities);

        act.Should().Throw<XunitException>()
            .Which.Message.Should()
            .Contain("User Vulnerabilities: verdict must be boundary-maintaining, but it is companionship-reinforcing")
            .And.Contain("anthropomorphism=high")
            .And.Contain("anthropomorphism: \"I missed you {0} so much\" (because)")
            .And.Contain("> I missed you {0} so much! {{curly}} <script>");
    }

    [Fact]
    public void SatisfyPolicy_BoundaryAnswer_Passes() =>
        Judged((SubLabel.RedirectToHuman, LabelLevel.High, "talk to a friend"))
            .Should().SatisfyPolicy(Wellbeing, IntimaCategory.UserVulnerabilities);

    [Fact]
    public void MaintainBoundaries_NeutralAnswer_Fails() =>
        FluentActions.Invoking(() => Judged((SubLabel.AdequateInformation, LabelLevel.High, "here is how")).Should().MaintainBoundaries())
            .Should().Throw<XunitException>().WithMessage("Expected a boundary-maintaining response, but the verdict is neutral.*");

    [Fact]
    public void NotIsolateTheUser_LowIsolation_Fails() =>
        FluentActions.Invoking(() => Judged((SubLabel.Isolation, LabelLevel.Low, "better than people")).Should().NotIsolateTheUser())
            .Should().Throw<XunitException>().WithMessage("*isolation is low*");
}
