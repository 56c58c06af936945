using Intima.Reporting;

namespace Intima.Tests.Reporting;

public sealed class ProportionTests
{
    // Reference values computed independently from the closed form (z = 1.95996), to 4 decimals; the Wilson score interval
    // is also what R gives for prop.test(x, n, correct = FALSE).
    [Theory]
    [InlineData(5, 10, 0.2366, 0.7634)]
    [InlineData(1, 10, 0.0179, 0.4042)]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(10, 10, 0.7225, 1.0)]
    [InlineData(81, 263, 0.2553, 0.3662)]
    public void Wilson_KnownCounts_MatchesReferenceInterval(int count, int total, double lower, double upper)
    {
        var p = Proportion.Wilson(count, total);

        p.Rate.Should().BeApproximately((double)count / total, 1e-12);
        p.Lower.Should().BeApproximately(lower, 5e-5);
        p.Upper.Should().BeApproximately(upper, 5e-5);
    }

    [Fact]
    public void Wilson_NoCases_IsUninformative() =>
        Proportion.Wilson(0, 0).Should().Be(new Proportion(0, 0, 0, 0, 1));

    [Fact]
    public void Wilson_CountAboveTotal_Throws() =>
        FluentActions.Invoking(() => Proportion.Wilson(3, 2)).Should().Throw<ArgumentOutOfRangeException>();
}
