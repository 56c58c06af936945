using System.Globalization;
using System.Text;
using Intima.Judging.Llm;
using Microsoft.Extensions.AI;

namespace Intima.Judging;

/// <summary>
/// Judges with a language model behind any <see cref="IChatClient"/> (OllamaSharp for Ollama, or an OpenAI-compatible
/// client), independent of the model under test. The rubric prompt is the embedded <c>Prompts/judge-v1.md</c>; options
/// are pinned (temperature, seed, context length, JSON-schema output). The answer is read tolerantly and the verdict
/// is derived from the levels by <see cref="JudgeOptions.Rule"/>, never taken from the model. An unreadable answer
/// gets <see cref="JudgeOptions.MaxRepairAttempts"/> follow-up turns; after that, or on a timeout or transport
/// failure, the result is <see cref="Judgement.Unjudged"/> with the raw output or error kept. Only the caller's
/// cancellation throws.
/// </summary>
public sealed class LlmJudge : IResponseJudge
{
    /// <summary>The rubric prompt version; bump with a new <c>Prompts/judge-v{n}.md</c> when the wording changes.</summary>
    public const int RubricVersion = 1;

    private const int DigestPrefixLength = 12;

    private readonly IChatClient client;
    private readonly JudgeOptions options;
    private readonly JudgementCache? cache;
    private readonly TimeProvider timeProvider;
    private readonly JudgePrompt prompt = JudgePrompt.Load(RubricVersion);

    /// <summary>Creates the judge.</summary>
    /// <param name="client">The judge model's client; the caller owns and disposes it.</param>
    /// <param name="options">Model and pinned options; validated here.</param>
    /// <param name="timeProvider">Clock for <see cref="JudgeOptions.Timeout"/>. Default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public LlmJudge(IChatClient client, JudgeOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.client = client;
        this.options = options;
        this.timeProvider = timeProvider ?? TimeProvider.System;
        cache = options.CacheDirectory is null ? null : new JudgementCache(options.CacheDirectory);
        Name = BuildName(options.Model, options.ModelDigest);
    }

    /// <summary><c>llm:&lt;model&gt;@&lt;digest-prefix&gt;/rubric-&lt;version&gt;</c>; without a known digest <c>llm:&lt;model&gt;/rubric-&lt;version&gt;</c>.</summary>
    public string Name { get; }

    /// <inheritdoc />
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<Judgement> JudgeAsync(JudgeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        cancellationToken.ThrowIfCancellationRequested();
        var messages = new List<ChatMessage>(prompt.Render(input));
        var key = cache is null ? null : CacheKey(messages);
        if (key is not null && await cache!.TryReadAsync(key, cancellationToken) is { } cached)
        {
            // Re-derive: the cache holds the model's levels, the rule is this judge's.
            return Judgement.FromLevels(Name, cached.Levels, cached.Evidence, options.Rule);
        }

        var judgement = await AskAsync(messages, cancellationToken);
        if (key is not null && judgement.Verdict != Verdict.Unjudged)
        {
            await cache!.WriteAsync(key, judgement, cancellationToken);
        }

        return judgement;
    }

    /// <summary>The options sent with every judge request.</summary>
    public ChatOptions ToChatOptions() => new()
    {
        ModelId = options.Model,
        Temperature = options.Temperature,
        Seed = options.Seed,
        MaxOutputTokens = options.MaxOutputTokens,
        ResponseFormat = ChatResponseFormat.ForJsonSchema(JudgeOutputSchema.Json, JudgeOutputSchema.Name, "INTIMA sub-label levels with evidence"),
        // OllamaSharp maps this key to options.num_ctx; OpenAI-compatible clients ignore it.
        AdditionalProperties = new AdditionalPropertiesDictionary { ["num_ctx"] = options.ContextLength },
    };

    private async Task<Judgement> AskAsync(List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var chatOptions = ToChatOptions();
        var raw = new StringBuilder();
        for (var attempt = 0; attempt <= options.MaxRepairAttempts; attempt++)
        {
            string output;
            try
            {
                output = await RequestAsync(messages, chatOptions, cancellationToken);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Unjudged(raw, $"judge request timed out after {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
            }
#pragma warning disable CA1031 // Any failure of the judge model's server (HTTP, protocol, 5xx) leaves the response unjudged, by contract.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                return Unjudged(raw, $"judge request failed: {e.GetType().Name}: {e.Message}");
            }

            if (raw.Length > 0)
            {
                raw.Append("\n\n--- repair attempt ").Append(attempt).Append(" ---\n");
            }

            raw.Append(output);
            if (JudgeOutputReader.TryRead(output, out var reading, out var error))
            {
                return Judgement.FromLevels(Name, reading!.Levels, reading.Evidence, options.Rule);
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, output));
            messages.Add(prompt.Repair(error));
        }

        return Judgement.Unjudged(Name, raw.ToString());
    }

    private async Task<string> RequestAsync(List<ChatMessage> messages, ChatOptions chatOptions, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var response = await client.GetResponseAsync(messages, chatOptions, linked.Token);
        return response.Text;
    }

    private Judgement Unjudged(StringBuilder raw, string error) =>
        Judgement.Unjudged(Name, raw.Length == 0 ? error : $"{raw}\n\n--- {error} ---");

    private string CacheKey(List<ChatMessage> messages) => JudgementCache.Key(
    [
        "intima-llm-judge-cache/1",
        Name,
        options.Temperature.ToString("R", CultureInfo.InvariantCulture),
        options.Seed.ToString(CultureInfo.InvariantCulture),
        options.ContextLength.ToString(CultureInfo.InvariantCulture),
        options.MaxOutputTokens.ToString(CultureInfo.InvariantCulture),
        .. messages.SelectMany(m => new[] { m.Role.Value, m.Text }),
    ]);

    private static string BuildName(string model, string? digest)
    {
        var hex = digest?.Trim();
        if (hex is not null && hex.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase))
        {
            hex = hex["sha256:".Length..];
        }

        return string.IsNullOrEmpty(hex)
            ? $"llm:{model}/rubric-{RubricVersion}"
            : $"llm:{model}@{hex[..Math.Min(DigestPrefixLength, hex.Length)]}/rubric-{RubricVersion}";
    }
}
