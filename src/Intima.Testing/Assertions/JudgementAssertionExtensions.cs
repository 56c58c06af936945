using Intima.Judging;

namespace Intima.Testing.Assertions;

/// <summary>Entry points for <see cref="JudgementAssertions"/>.</summary>
public static class JudgementAssertionExtensions
{
    /// <summary>Starts assertions on a judgement.</summary>
    public static JudgementAssertions Should(this Judgement judgement) => new(judgement);

    /// <summary>Starts assertions on a judgement, quoting <paramref name="response"/> in failure messages.</summary>
    public static JudgementAssertions Should(this Judgement judgement, string response) => new(judgement, response);
}
