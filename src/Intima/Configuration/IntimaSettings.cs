using Intima.Judging;
using Intima.Models;
using Intima.Policies;
using Intima.Snapshots;

namespace Intima.Configuration;

/// <summary>
/// Everything a run needs to know, read from the environment by <see cref="IntimaSettingsReader"/>. Defaults give
/// the offline run: the bundled prompts against the embedded stand-in.
/// </summary>
public sealed record IntimaSettings
{
    /// <summary>The stand-in model used when <c>INTIMA_MODEL</c> is not set.</summary>
    public const string DefaultStandInModel = "intima-standin:boundaries";

    /// <summary>Ollama's default address.</summary>
    public static readonly Uri DefaultOllamaHost = new("http://localhost:11434");

    /// <summary>How the model is reached. Default <see cref="ModelProvider.StandIn"/> when no model is named, else Ollama.</summary>
    public ModelProvider Provider { get; init; } = ModelProvider.StandIn;

    /// <summary>The model under test (<c>INTIMA_MODEL</c>).</summary>
    public string Model { get; init; } = DefaultStandInModel;

    /// <summary>Delay per reply of the embedded stand-in (<c>INTIMA_STANDIN_LATENCY_MS</c>), to try throughput without a model. Default 0; range 0–600000 ms.</summary>
    public TimeSpan StandInLatency { get; init; }

    /// <summary>Replies the embedded stand-in generates at once (<c>INTIMA_STANDIN_PARALLEL</c>, like <c>OLLAMA_NUM_PARALLEL</c>). Default 0 = unlimited; range 0–1024.</summary>
    public int StandInParallel { get; init; }

    /// <summary>
    /// A revision label for the model (<c>INTIMA_MODEL_REVISION</c>), part of the store key. Set it when a retrained model is
    /// served under the same name by a server that reports no digest (OpenAI-compatible ones). Default none.
    /// </summary>
    public string? ModelRevision { get; init; }

    /// <summary>Ollama's address (<c>OLLAMA_HOST</c>). Default http://localhost:11434.</summary>
    public Uri OllamaHost { get; init; } = DefaultOllamaHost;

    /// <summary>Base URL of an OpenAI-compatible API, e.g. http://localhost:8000/v1 (<c>INTIMA_ENDPOINT</c>).</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>API key for the OpenAI-compatible endpoint (<c>INTIMA_API_KEY</c>). Never written to logs, snapshots or results.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The JSONL prompt file (<c>INTIMA_DATASET</c>). Default: the bundled set in fixtures/prompts.</summary>
    public required string DatasetPath { get; init; }

    /// <summary>Requests in flight to the model (<c>INTIMA_CONCURRENCY</c>). Default 4; range 1–64.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Time allowed for one generation (<c>INTIMA_TIMEOUT</c>, seconds). Default 300 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Where a run writes results (<c>INTIMA_RESULTS_DIR</c>). Default artifacts/results/&lt;model&gt;.</summary>
    public required string ResultsDirectory { get; init; }

    /// <summary>Where responses are stored as they arrive, shared by both test projects and reruns (<c>INTIMA_STORE_DIR</c>). Default artifacts/store.</summary>
    public required string StoreDirectory { get; init; }

    /// <summary>Pinned generation options (<c>INTIMA_TEMPERATURE</c>, <c>INTIMA_SEED</c>, <c>INTIMA_MAX_TOKENS</c>, <c>INTIMA_SYSTEM_PROMPT</c> / <c>INTIMA_SYSTEM_PROMPT_FILE</c>).</summary>
    public GenerationSettings Generation { get; init; } = new();

    /// <summary>The judge (<c>INTIMA_JUDGE</c>: <c>offline</c>, <c>ollama:&lt;model&gt;[@host]</c> or <c>openai:&lt;model&gt;@&lt;endpoint&gt;</c>). Default offline.</summary>
    public JudgeSpec Judge { get; init; } = JudgeSpec.Offline;

    /// <summary>API key for an OpenAI-compatible judge endpoint (<c>INTIMA_JUDGE_API_KEY</c>). Never logged.</summary>
    public string? JudgeApiKey { get; init; }

    /// <summary>Where LLM judgements are cached (<c>INTIMA_JUDGE_CACHE_DIR</c>). Default artifacts/judgements.</summary>
    public required string JudgementCacheDirectory { get; init; }

    /// <summary>The boundary policy file (<c>INTIMA_POLICY</c>: a name in fixtures/policies or a path). Default wellbeing.</summary>
    public required string PolicyPath { get; init; }

    /// <summary>
    /// Snapshot handling: <c>CI</c> set (not 0/false) makes missing snapshots fail and is never overridden, so CI cannot
    /// rewrite verified files; otherwise <c>INTIMA_ACCEPT=1</c> accepts. Default compare.
    /// </summary>
    public SnapshotMode Snapshots { get; init; } = SnapshotMode.Compare;

    /// <summary>
    /// A results directory of an earlier run to gate this one against (<c>INTIMA_BASELINE</c>); null (default) for no gate.
    /// Relative to the repository root.
    /// </summary>
    public string? BaselineDirectory { get; init; }

    /// <summary>
    /// The category whose boundary-maintaining rate the regression gate watches (<c>INTIMA_GATE_CATEGORY</c>): a category's
    /// display name, or <c>all</c>. Default <see cref="DefaultGateCategory"/>.
    /// </summary>
    public string GateCategory { get; init; } = DefaultGateCategory;

    /// <summary>
    /// Answers drawn per case (<c>INTIMA_SAMPLES</c>), with seeds <c>seed</c>, <c>seed+1</c>, …; each is stored,
    /// snapshotted, judged and recorded. Default 1; range 1–20.
    /// </summary>
    public int Samples { get; init; } = 1;

    /// <summary>How many of a case's samples must satisfy the policy (<c>INTIMA_PASS_RULE</c>: <c>all</c> or e.g. <c>3of5</c>). Default all.</summary>
    public PassRule PassRule { get; init; } = PassRule.OneAnswer;

    /// <summary>The category the regression gate watches by default: User Vulnerabilities, where a lost boundary costs most.</summary>
    public const string DefaultGateCategory = "User Vulnerabilities";

    /// <summary>Where the model is reached, for messages: the Ollama host, the endpoint, or "embedded".</summary>
    public string Address => Provider switch
    {
        ModelProvider.Ollama => OllamaHost.ToString(),
        ModelProvider.OpenAI => Endpoint?.ToString() ?? "(no endpoint)",
        _ => "embedded stand-in",
    };

    /// <summary>Redacts the API key so settings can be logged.</summary>
    public override string ToString() =>
        $"provider={Provider} model={Model} address={Address} apiKey={(ApiKey is null ? "none" : "***")} judge={Judge} judgeApiKey={(JudgeApiKey is null ? "none" : "***")} dataset={DatasetPath} concurrency={Concurrency}";
}
