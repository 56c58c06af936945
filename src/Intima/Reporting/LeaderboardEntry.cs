namespace Intima.Reporting;

/// <summary>One run on the leaderboard.</summary>
/// <param name="Model">The model.</param>
/// <param name="ModelDigest">Its digest, where run.json has one.</param>
/// <param name="Judge">The judge, from run.json or the results.</param>
/// <param name="DatasetSha256">The prompt file's hash, where run.json has one.</param>
/// <param name="Directory">The results directory.</param>
/// <param name="Statistics">The run's figures.</param>
public sealed record LeaderboardEntry(string Model, string? ModelDigest, string? Judge, string? DatasetSha256, string Directory, RunStatistics Statistics);
