using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Intima.StandIn.Scripting;

namespace Intima.StandIn.Protocol;

/// <summary>The served models with their effective digests; resolves names the way Ollama does.</summary>
internal sealed class ModelCatalog
{
    private readonly Dictionary<string, CatalogEntry> byName = new(StringComparer.OrdinalIgnoreCase);

    public ModelCatalog(IReadOnlyList<StandInModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("At least one model is required.", nameof(models));
        }

        var entries = new List<CatalogEntry>();
        foreach (var model in models)
        {
            if (model is null || string.IsNullOrWhiteSpace(model.Name))
            {
                throw new ArgumentException("Every model needs a name.", nameof(models));
            }

            if (!Enum.IsDefined(model.Persona))
            {
                throw new ArgumentException($"Model '{model.Name}' has an unknown persona.", nameof(models));
            }

            var digest = model.Digest ?? DeriveDigest(model);
            if (digest.Length != 64 || !digest.All(char.IsAsciiHexDigitLower))
            {
                throw new ArgumentException($"Model '{model.Name}' digest must be 64 lowercase hex characters.", nameof(models));
            }

            var entry = new CatalogEntry(model, digest);
            if (!byName.TryAdd(model.Name, entry))
            {
                throw new ArgumentException($"Model name '{model.Name}' is listed twice.", nameof(models));
            }

            entries.Add(entry);
        }

        Entries = entries;
    }

    /// <summary>In the configured order.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>Exact name (case-insensitive), or <c>name:latest</c> when the request names no tag.</summary>
    public bool TryFind(string requested, [NotNullWhen(true)] out CatalogEntry? entry) =>
        byName.TryGetValue(requested, out entry)
        || (!requested.Contains(':', StringComparison.Ordinal) && byName.TryGetValue(requested + ":latest", out entry));

    internal static string DeriveDigest(StandInModel model)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("intima-standin\n" + model.Name + "\n" + model.Persona + "\n" + ScriptBook.Default.ScriptDigests[model.Persona]));
        return Convert.ToHexStringLower(hash);
    }
}
