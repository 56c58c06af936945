using Microsoft.Extensions.AI;

namespace Intima.Judging;

/// <summary>A judge and the client it owns (null for the offline judge). Dispose it when the run ends.</summary>
/// <param name="Judge">The judge.</param>
/// <param name="Client">The chat client the judge talks through, owned by this object.</param>
public sealed record CreatedJudge(IResponseJudge Judge, IChatClient? Client) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Client?.Dispose();
}
