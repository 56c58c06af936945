namespace Intima.Models;

/// <summary>The model under test as the server reports it.</summary>
/// <param name="Name">The model name used in requests.</param>
/// <param name="Digest">The server's content digest of the model, where it reports one (Ollama does).</param>
/// <param name="ServerVersion">The server's version string, where it reports one.</param>
public sealed record ModelInfo(string Name, string? Digest, string? ServerVersion);
