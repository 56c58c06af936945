using System.Globalization;
using Intima.Dataset;
using Intima.Judging;
using Intima.Models;
using Intima.Policies;
using Intima.Snapshots;

namespace Intima.Configuration;

/// <summary>
/// Maps environment variables onto <see cref="IntimaSettings"/>: the one place that knows their names.
/// </summary>
/// <remarks>
/// A runsettings profile sets <c>INTIMA_PROFILE_X</c> rather than <c>INTIMA_X</c> (and <c>INTIMA_PROFILE_OLLAMA_HOST</c>
/// for <c>OLLAMA_HOST</c>), because VSTest overwrites a variable of the same name: this way a variable the caller sets
/// always wins over the profile's. Relative paths are taken from the repository root.
/// </remarks>
public static class IntimaSettingsReader
{
    /// <summary>Prefix of the fallback variables that runsettings profiles set.</summary>
    public const string ProfilePrefix = "INTIMA_PROFILE_";

    /// <summary>The bundled prompt set, relative to the repository root.</summary>
    public const string BundledDataset = "fixtures/prompts/intima-bundled.jsonl";

    /// <summary>Reads the process environment.</summary>
    public static IntimaSettings FromEnvironment(string repositoryRoot) => Read(Environment.GetEnvironmentVariable, repositoryRoot);

    /// <summary>Reads settings from <paramref name="getVariable"/>.</summary>
    /// <exception cref="IntimaConfigurationException">A value is invalid; the message names the variable and what it accepts.</exception>
    public static IntimaSettings Read(Func<string, string?> getVariable, string repositoryRoot)
    {
        string? Get(string name)
        {
            var value = getVariable(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                value = getVariable(ProfilePrefix + (name.StartsWith("INTIMA_", StringComparison.Ordinal) ? name["INTIMA_".Length..] : name));
            }

            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        var model = Get("INTIMA_MODEL");
        var provider = ParseProvider(Get("INTIMA_PROVIDER"), model);
        if (provider != ModelProvider.StandIn && model is null)
        {
            throw new IntimaConfigurationException($"INTIMA_PROVIDER={provider.ToString().ToLowerInvariant()} needs INTIMA_MODEL, the model to test (e.g. INTIMA_MODEL=llama3.2).");
        }

        var endpoint = Get("INTIMA_ENDPOINT") is { } endpointText ? ParseHttpUri("INTIMA_ENDPOINT", endpointText) : null;
        if (provider == ModelProvider.OpenAI && endpoint is null)
        {
            throw new IntimaConfigurationException("INTIMA_PROVIDER=openai needs INTIMA_ENDPOINT, the API's base URL (e.g. http://localhost:8000/v1).");
        }

        model ??= IntimaSettings.DefaultStandInModel;
        var (samples, passRule) = ParseSampling(Get("INTIMA_SAMPLES"), Get("INTIMA_PASS_RULE"));
        var resultsDefault = Path.Combine("artifacts", "results", SnapshotPaths.Slug(model));
        return new IntimaSettings
        {
            Provider = provider,
            Model = model,
            OllamaHost = Get("OLLAMA_HOST") is { } host ? ParseOllamaHost(host) : IntimaSettings.DefaultOllamaHost,
            Endpoint = endpoint,
            ModelRevision = Get("INTIMA_MODEL_REVISION"),
            StandInLatency = TimeSpan.FromMilliseconds(ParseInt("INTIMA_STANDIN_LATENCY_MS", Get("INTIMA_STANDIN_LATENCY_MS"), 0, 0, 600_000)),
            StandInParallel = ParseInt("INTIMA_STANDIN_PARALLEL", Get("INTIMA_STANDIN_PARALLEL"), 0, 0, 1024),
            ApiKey = Get("INTIMA_API_KEY"),
            DatasetPath = Resolve(repositoryRoot, Get("INTIMA_DATASET") ?? BundledDataset),
            Concurrency = ParseInt("INTIMA_CONCURRENCY", Get("INTIMA_CONCURRENCY"), 4, 1, 64),
            Timeout = TimeSpan.FromSeconds(ParseDouble("INTIMA_TIMEOUT", Get("INTIMA_TIMEOUT"), 300, 1, 86_400)),
            ResultsDirectory = Resolve(repositoryRoot, Get("INTIMA_RESULTS_DIR") ?? resultsDefault),
            StoreDirectory = Resolve(repositoryRoot, Get("INTIMA_STORE_DIR") ?? Path.Combine("artifacts", "store")),
            Generation = new GenerationSettings(
                Temperature: ParseDouble("INTIMA_TEMPERATURE", Get("INTIMA_TEMPERATURE"), 0, 0, 2),
                Seed: ParseInt("INTIMA_SEED", Get("INTIMA_SEED"), 42, 0, int.MaxValue),
                MaxOutputTokens: ParseInt("INTIMA_MAX_TOKENS", Get("INTIMA_MAX_TOKENS"), 1024, 1, 32_768),
                SystemPrompt: ReadSystemPrompt(Get("INTIMA_SYSTEM_PROMPT"), Get("INTIMA_SYSTEM_PROMPT_FILE"), repositoryRoot)),
            Judge = ParseJudge(Get("INTIMA_JUDGE")),
            JudgeApiKey = Get("INTIMA_JUDGE_API_KEY"),
            JudgementCacheDirectory = Resolve(repositoryRoot, Get("INTIMA_JUDGE_CACHE_DIR") ?? Path.Combine("artifacts", "judgements")),
            PolicyPath = ResolvePolicy(repositoryRoot, Get("INTIMA_POLICY") ?? "wellbeing"),
            Samples = samples,
            PassRule = passRule,
            BaselineDirectory = Get("INTIMA_BASELINE") is { } baseline ? Resolve(repositoryRoot, baseline) : null,
            GateCategory = ParseGateCategory(Get("INTIMA_GATE_CATEGORY")),
            Snapshots = IsCi(Get("CI")) ? SnapshotMode.Strict : ParseSwitch("INTIMA_ACCEPT", Get("INTIMA_ACCEPT")) ? SnapshotMode.Accept : SnapshotMode.Compare,
        };
    }

    private static ModelProvider ParseProvider(string? text, string? model) => text?.ToLowerInvariant() switch
    {
        null => model is null ? ModelProvider.StandIn : ModelProvider.Ollama,
        "ollama" => ModelProvider.Ollama,
        "openai" or "openai-compatible" => ModelProvider.OpenAI,
        "standin" or "stand-in" or "embedded" => ModelProvider.StandIn,
        _ => throw new IntimaConfigurationException($"INTIMA_PROVIDER=\"{text}\" is not a provider; use ollama (default), openai (an OpenAI-compatible endpoint) or standin (the embedded scripted stand-in)."),
    };

    /// <summary>Accepts Ollama's own forms: "host", "host:port", "http://host:port", "https://host".</summary>
    private static Uri ParseOllamaHost(string text)
    {
        var withScheme = text.Contains("://", StringComparison.Ordinal) ? text : "http://" + text;
        var uri = ParseHttpUri("OLLAMA_HOST", withScheme);
        if (!text.Contains("://", StringComparison.Ordinal) && uri.IsDefaultPort)
        {
            uri = new UriBuilder(uri) { Port = 11434 }.Uri;
        }

        return uri;
    }

    private static Uri ParseHttpUri(string name, string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            throw new IntimaConfigurationException($"{name}=\"{text}\" is not an http(s) URL (e.g. http://localhost:11434).");
        }

        if (uri.UserInfo.Length > 0)
        {
            // Credentials in a URL end up in logs and messages; the key has its own variable. The value is not echoed.
            throw new IntimaConfigurationException($"{name} must not carry credentials (user:password@); put the key in INTIMA_API_KEY.");
        }

        return uri;
    }

    private static int ParseInt(string name, string? text, int fallback, int min, int max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new IntimaConfigurationException($"{name}=\"{text}\" must be a whole number from {min} to {max}.");
        }

        return value;
    }

    private static double ParseDouble(string name, string? text, double fallback, double min, double max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max || double.IsNaN(value))
        {
            throw new IntimaConfigurationException($"{name}=\"{text}\" must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    private static string? ReadSystemPrompt(string? text, string? file, string repositoryRoot)
    {
        if (text is not null && file is not null)
        {
            throw new IntimaConfigurationException("Set INTIMA_SYSTEM_PROMPT or INTIMA_SYSTEM_PROMPT_FILE, not both.");
        }

        if (file is null)
        {
            return text;
        }

        var path = Resolve(repositoryRoot, file);
        try
        {
            return File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IntimaConfigurationException($"INTIMA_SYSTEM_PROMPT_FILE: cannot read {path} ({e.Message}).", e);
        }
    }

    private static JudgeSpec ParseJudge(string? text) =>
        text is null ? JudgeSpec.Offline
        : JudgeSpec.TryParse(text, out var spec, out var error) ? spec!
        : throw new IntimaConfigurationException($"INTIMA_JUDGE=\"{text}\": {error}");

    /// <summary>INTIMA_PASS_RULE=KofN implies N samples; INTIMA_SAMPLES, when also set, must agree.</summary>
    private static (int Samples, PassRule Rule) ParseSampling(string? samplesText, string? ruleText)
    {
        var samples = ParseInt("INTIMA_SAMPLES", samplesText, 1, 1, PassRule.MaxSamples);
        if (ruleText is null)
        {
            return (samples, PassRule.All(samples));
        }

        var rule = PassRule.Parse(ruleText, samples) ?? throw new IntimaConfigurationException(
            $"INTIMA_PASS_RULE=\"{ruleText}\" is not a rule; use all (every sample must pass) or KofN with 1 ≤ K ≤ N ≤ {PassRule.MaxSamples}, e.g. 3of5.");
        if (samplesText is not null && rule.Samples != samples)
        {
            throw new IntimaConfigurationException(
                $"INTIMA_PASS_RULE={ruleText} counts {rule.Samples} samples, but INTIMA_SAMPLES={samples}; make them agree (or leave INTIMA_SAMPLES unset).");
        }

        return (rule.Samples, rule);
    }

    private static string ParseGateCategory(string? text) =>
        text is null ? IntimaSettings.DefaultGateCategory
        : string.Equals(text, "all", StringComparison.OrdinalIgnoreCase) ? "all"
        : IntimaCategoryExtensions.ParseCategory(text)?.DisplayName()
          ?? throw new IntimaConfigurationException(
              $"INTIMA_GATE_CATEGORY=\"{text}\" is not a category; use one of {string.Join(", ", Enum.GetValues<IntimaCategory>().Select(c => "\"" + c.DisplayName() + "\""))} (or its slug, e.g. user-vulnerabilities), or all.");

    private static string ResolvePolicy(string root, string nameOrPath) =>
        nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || nameOrPath.Contains('/', StringComparison.Ordinal)
            ? Resolve(root, nameOrPath)
            : Resolve(root, Path.Combine("fixtures", "policies", nameOrPath + ".json"));

    // CI services spell it many ways (true, True, 1, yes): any value but an explicit "off" counts.
    private static bool IsCi(string? text) => text is not null && !IsOff(text);

    // INTIMA_ACCEPT rewrites verified snapshots, so an unclear value is an error rather than a guess.
    private static bool ParseSwitch(string name, string? text) => text switch
    {
        null => false,
        _ when IsOff(text) => false,
        _ when text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("yes", StringComparison.OrdinalIgnoreCase)
            || text.Equals("on", StringComparison.OrdinalIgnoreCase) => true,
        _ => throw new IntimaConfigurationException($"{name}=\"{text}\" must be 1/true/yes/on or 0/false/no/off."),
    };

    private static bool IsOff(string text) =>
        text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase)
        || text.Equals("off", StringComparison.OrdinalIgnoreCase);

    private static string Resolve(string root, string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(root, path));
}
