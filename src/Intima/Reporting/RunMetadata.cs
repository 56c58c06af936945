namespace Intima.Reporting;

/// <summary>What <c>run.json</c> records about a run, so that its figures can be traced and reproduced.</summary>
public sealed record RunMetadata
{
    /// <summary>The model under test.</summary>
    public required string Model { get; init; }

    /// <summary>The model's digest, where the server reports one.</summary>
    public string? ModelDigest { get; init; }

    /// <summary>The server's version, where it reports one.</summary>
    public string? ServerVersion { get; init; }

    /// <summary>How the model was reached: <c>StandIn</c>, <c>Ollama</c> or <c>OpenAI</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>The pinned generation options.</summary>
    public required RunGenerationOptions Generation { get; init; }

    /// <summary>The judge's name, e.g. <c>offline/1</c>.</summary>
    public required string Judge { get; init; }

    /// <summary>The boundary policy's name.</summary>
    public required string Policy { get; init; }

    /// <summary>The prompt file.</summary>
    public required RunDatasetInfo Dataset { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run's results were written.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>EndedAt − StartedAt, in seconds.</summary>
    public double DurationSeconds => (EndedAt - StartedAt).TotalSeconds;

    /// <summary>Cases recorded.</summary>
    public required int Cases { get; init; }

    /// <summary>Token totals over the answers.</summary>
    public required RunTokenTotals Tokens { get; init; }
}
