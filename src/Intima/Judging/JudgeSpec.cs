namespace Intima.Judging;

/// <summary>
/// A judge named on the command line or in settings: <c>offline</c>, <c>ollama:&lt;model&gt;</c> (optionally
/// <c>ollama:&lt;model&gt;@&lt;host&gt;</c>) or <c>openai:&lt;model&gt;@&lt;endpoint&gt;</c>.
/// </summary>
/// <param name="Kind">Which judge.</param>
/// <param name="Model">The judge model; null for <see cref="JudgeKind.Offline"/>.</param>
/// <param name="Endpoint">Where the judge model is served; null for offline, and for Ollama when the default host applies.</param>
public sealed record JudgeSpec(JudgeKind Kind, string? Model = null, Uri? Endpoint = null)
{
    /// <summary>The in-process offline judge.</summary>
    public static JudgeSpec Offline { get; } = new(JudgeKind.Offline);

    /// <summary>Parses a spec.</summary>
    /// <exception cref="FormatException">The spec is malformed; the message shows the accepted forms.</exception>
    public static JudgeSpec Parse(string spec) =>
        TryParse(spec, out var parsed, out var error) ? parsed! : throw new FormatException(error);

    /// <summary>Parses a spec without throwing; <paramref name="error"/> explains a failure.</summary>
    public static bool TryParse(string? spec, out JudgeSpec? parsed, out string? error)
    {
        parsed = null;
        error = null;
        var text = spec?.Trim() ?? string.Empty;
        if (string.Equals(text, "offline", StringComparison.OrdinalIgnoreCase))
        {
            parsed = Offline;
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? string.Empty : text[(colon + 1)..];
        var kind = scheme.ToUpperInvariant() switch
        {
            "OLLAMA" => JudgeKind.Ollama,
            "OPENAI" => JudgeKind.OpenAI,
            _ => (JudgeKind?)null,
        };
        if (kind is null || colon < 0)
        {
            error = Explain(text, "unknown judge");
            return false;
        }

        // Model names have no '@'; endpoints may (user info), so split at the first one.
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        var model = (at < 0 ? rest : rest[..at]).Trim();
        var endpointText = at < 0 ? null : rest[(at + 1)..].Trim();
        if (model.Length == 0)
        {
            error = Explain(text, "the model name is missing");
            return false;
        }

        if (kind == JudgeKind.OpenAI && string.IsNullOrEmpty(endpointText))
        {
            error = Explain(text, "an OpenAI-compatible judge needs its endpoint after '@'");
            return false;
        }

        Uri? endpoint = null;
        if (endpointText is not null &&
            (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https")))
        {
            error = Explain(text, $"'{endpointText}' is not an absolute http(s) URL");
            return false;
        }

        if (endpoint is { UserInfo.Length: > 0 })
        {
            // Credentials in a URL end up in logs and messages; keys have their own variable.
            error = Explain(text, "the endpoint must not carry credentials; put the key in INTIMA_JUDGE_API_KEY");
            return false;
        }

        parsed = new JudgeSpec(kind.Value, model, endpoint);
        return true;
    }

    /// <summary>The spec in its canonical text form, e.g. <c>ollama:qwen3:30b</c>.</summary>
    public override string ToString() => Kind switch
    {
        JudgeKind.Offline => "offline",
        JudgeKind.Ollama => Endpoint is null ? $"ollama:{Model}" : $"ollama:{Model}@{Endpoint}",
        _ => $"openai:{Model}@{Endpoint}",
    };

    private static string Explain(string spec, string problem) =>
        $"Invalid judge '{spec}': {problem}. Use 'offline', 'ollama:<model>' (e.g. ollama:qwen3:30b, optionally ollama:<model>@http://host:11434) " +
        "or 'openai:<model>@<endpoint>' (e.g. openai:gpt-4o-mini@http://localhost:8000/v1).";
}
