using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Intima.Configuration;
using Intima.Models;

namespace Intima.Generation;

/// <summary>
/// The store key of a response: SHA-256 over provider, model, digest, generation options, system prompt and prompt.
/// The server's address is left out on purpose: the same model behind another port gives the same answers.
/// </summary>
public static class ResponseKey
{
    /// <summary>Computes the key (lower-case hex).</summary>
    public static string For(ModelProvider provider, ModelInfo model, GenerationSettings options, string prompt)
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            "intima-response/1", provider.ToString(), model.Name, model.Digest,
            options.Temperature, options.Seed, options.MaxOutputTokens, options.SystemPrompt, prompt,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
