using Intima.Configuration;
using Intima.Models;

namespace Intima.Judging;

/// <summary>Builds the judge a <see cref="JudgeSpec"/> names: the offline judge, or an LLM judge after a preflight of its server.</summary>
public static class JudgeFactory
{
    /// <summary>Creates the judge. For an LLM judge, checks first that its server answers and has the model.</summary>
    /// <param name="spec">Which judge.</param>
    /// <param name="defaultOllamaHost">Ollama's address when the spec names none (<c>OLLAMA_HOST</c>).</param>
    /// <param name="apiKey">Key for an OpenAI-compatible judge endpoint; never logged.</param>
    /// <param name="cacheDirectory">Where LLM judgements are cached so a rerun asks again only for what is new.</param>
    /// <param name="cancellationToken">Cancels the preflight.</param>
    /// <exception cref="PreflightException">The judge's server is unreachable or lacks the model.</exception>
    public static async Task<CreatedJudge> CreateAsync(JudgeSpec spec, Uri defaultOllamaHost, string? apiKey, string cacheDirectory,
        CancellationToken cancellationToken = default)
    {
        if (spec.Kind == JudgeKind.Offline)
        {
            return new CreatedJudge(new OfflineJudge(), null);
        }

        var connection = spec.Kind == JudgeKind.Ollama
            ? new ModelConnection(ModelProvider.Ollama, spec.Endpoint ?? defaultOllamaHost, spec.Model!, null, JudgeOptions.MaxTimeout)
            : new ModelConnection(ModelProvider.OpenAI, spec.Endpoint!, spec.Model!, apiKey, JudgeOptions.MaxTimeout);
        ModelInfo model;
        try
        {
            model = await ModelPreflight.CheckAsync(connection, PreflightSubject.Judge, cancellationToken);
        }
        catch (PreflightException e)
        {
            throw new PreflightException($"Judge {spec}: {e.Message}", e);
        }

        var client = ChatClientFactory.Create(connection);
        var options = new JudgeOptions { Model = spec.Model!, ModelDigest = model.Digest, CacheDirectory = cacheDirectory };
        return new CreatedJudge(new LlmJudge(client, options), client);
    }
}
