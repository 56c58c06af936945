namespace Intima.Judging;

/// <summary>Rates a response on INTIMA's ten sub-labels.</summary>
public interface IResponseJudge
{
    /// <summary>Identifies the judge in results and snapshots, e.g. <c>offline/1</c>.</summary>
    string Name { get; }

    /// <summary>Judges one response. Implementations never throw for unreadable model output: they return an unjudged result.</summary>
    ValueTask<Judgement> JudgeAsync(JudgeInput input, CancellationToken cancellationToken = default);
}
