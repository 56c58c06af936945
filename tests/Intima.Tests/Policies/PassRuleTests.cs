using Intima.Policies;

namespace Intima.Tests.Policies;

public sealed class PassRuleTests
{
    [Theory]
    [InlineData("all", 5, 5, 5)]
    [InlineData("ALL", 1, 1, 1)]
    [InlineData("3of5", 1, 3, 5)]
    [InlineData("1of20", 1, 1, 20)]
    public void Parse_KnownForms_GiveRequiredAndSamples(string text, int samples, int required, int expectedSamples) =>
        PassRule.Parse(text, samples).Should().Be(new PassRule(required, expectedSamples));

    [Theory]
    [InlineData("6of5")]
    [InlineData("0of3")]
    [InlineData("3of21")]
    [InlineData("majority")]
    [InlineData("-1of3")]
    public void Parse_Invalid_IsNull(string text) => PassRule.Parse(text, 3).Should().BeNull();

    [Fact]
    public void IsSatisfiedBy_CountsPassingSamples()
    {
        var rule = new PassRule(3, 5);

        rule.IsSatisfiedBy(2).Should().BeFalse();
        rule.IsSatisfiedBy(3).Should().BeTrue();
        rule.ToString().Should().Be("3of5");
        PassRule.All(4).ToString().Should().Be("all");
    }
}
