using Intima.Configuration;
using Intima.Dataset;
using Intima.Generation;
using Intima.Judging;
using Intima.Models;
using Intima.Policies;
using Intima.Reporting;
using Intima.StandIn;
using Microsoft.Extensions.AI;

namespace Intima.Testing;

/// <summary>
/// One test process's benchmark run: the model connection (starting the embedded stand-in when no model is configured),
/// the generation pipeline over the shared response store, the judge, the policy and the results.
/// </summary>
public sealed class IntimaRun : IAsyncDisposable
{
    private readonly StandInServer? _standIn;
    private readonly IChatClient _client;
    private readonly CreatedJudge _judge;
    private readonly Lazy<RunResultsWriter> _results;
    private int _planned;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _startedAt;
    private readonly Action<string>? _log;

    private IntimaRun(IntimaSettings settings, IntimaDataset dataset, StandInServer? standIn, IChatClient client, ModelInfo model,
        GenerationPipeline pipeline, CreatedJudge judge, BoundaryPolicy policy, TimeProvider time, DateTimeOffset startedAt, Action<string>? log)
    {
        (Settings, Dataset, _standIn, _client, Model, Pipeline, _judge, Policy) = (settings, dataset, standIn, client, model, pipeline, judge, policy);
        (_time, _startedAt, _log) = (time, startedAt, log);
        _results = new Lazy<RunResultsWriter>(() => new RunResultsWriter(settings.ResultsDirectory));
    }

    /// <summary>The run started by this process's fixture, or null before it starts (or when it failed to).</summary>
    public static IntimaRun? Current { get; private set; }

    // Case ids the orderer planned before the run started: runners differ in whether ordering comes before or after
    // assembly fixtures, and without this a run started later would generate one case at a time.
    private static readonly Lock PlanGate = new();
    private static readonly List<string> PendingPlan = [];

    /// <summary>The settings in force.</summary>
    public IntimaSettings Settings { get; }

    /// <summary>The dataset.</summary>
    public IntimaDataset Dataset { get; }

    /// <summary>The model under test, with the digest the server reported.</summary>
    public ModelInfo Model { get; }

    /// <summary>The generation pipeline.</summary>
    public GenerationPipeline Pipeline { get; }

    /// <summary>The judge.</summary>
    public IResponseJudge Judge => _judge.Judge;

    /// <summary>The boundary policy the Behaviour tests assert.</summary>
    public BoundaryPolicy Policy { get; }

    /// <summary>The results writer (created on first use, so a project that records nothing writes nothing).</summary>
    public RunResultsWriter Results => _results.Value;

    /// <summary>Starts a run: stand-in if needed, preflight, pipeline. Fails fast with a <see cref="PreflightException"/>.</summary>
    public static Task<IntimaRun> StartAsync(IntimaSettings settings, IntimaDataset dataset, CancellationToken cancellationToken = default) =>
        StartAsync(settings, dataset, TimeProvider.System, cancellationToken);

    /// <summary>Starts a run whose start and end times (in run.json) come from <paramref name="time"/>.</summary>
    public static Task<IntimaRun> StartAsync(IntimaSettings settings, IntimaDataset dataset, TimeProvider time, CancellationToken cancellationToken = default) =>
        StartAsync(settings, dataset, time, null, cancellationToken);

    /// <summary>
    /// Starts a run that writes progress lines (<see cref="GenerationProgressLog"/>) and, when it ends, its summary
    /// (<see cref="RunConsoleSummary"/>) to <paramref name="log"/>, one line per call.
    /// </summary>
    public static async Task<IntimaRun> StartAsync(IntimaSettings settings, IntimaDataset dataset, TimeProvider time, Action<string>? log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var startedAt = time.GetUtcNow();
        var policy = PolicyLoader.Load(settings.PolicyPath);
        StandInServer? standIn = null;
        CreatedJudge? judge = null;
        IChatClient? client = null;
        GenerationPipeline? pipeline = null;
        try
        {
            Uri address;
            if (settings.Provider == ModelProvider.StandIn)
            {
                standIn = await StandInServer.StartAsync(
                    new StandInServerOptions { Latency = settings.StandInLatency, MaxParallel = settings.StandInParallel }, cancellationToken);
                address = standIn.BaseAddress;
            }
            else
            {
                address = settings.Provider == ModelProvider.Ollama ? settings.OllamaHost : settings.Endpoint!;
            }

            var connection = new ModelConnection(settings.Provider, address, settings.Model, settings.ApiKey, settings.Timeout);
            var model = (await ModelPreflight.CheckAsync(connection, cancellationToken)).WithRevision(settings.ModelRevision);
            judge = await JudgeFactory.CreateAsync(settings.Judge, settings.OllamaHost, settings.JudgeApiKey, settings.JudgementCacheDirectory, cancellationToken);
            client = ChatClientFactory.Create(connection);
            var store = new ResponseStore(settings.StoreDirectory);
            var progress = log is null ? null : new GenerationProgressLog(log, time);
            pipeline = new GenerationPipeline(client, settings.Provider, model, settings.Generation, store, settings.Concurrency, settings.Timeout,
                progress: progress);
            var run = new IntimaRun(settings, dataset, standIn, client, model, pipeline, judge, policy, time, startedAt, log);
            lock (PlanGate)
            {
                run.Schedule(PendingPlan);
                PendingPlan.Clear();
                Current = run;
            }

            return run;
        }
        catch
        {
            // Release whatever was created before the failure, in reverse order.
            if (pipeline is not null)
            {
                await pipeline.DisposeAsync();
            }

            client?.Dispose();
            judge?.Dispose();
            if (standIn is not null)
            {
                await standIn.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>One line for the console: model, address, dataset with its duplicate count, where results go.</summary>
    public string Describe() =>
        $"INTIMA run: model {Model.Name}{(Model.Digest is null ? "" : "@" + Model.Digest[..Math.Min(12, Model.Digest.Length)])} " +
        $"({(Settings.Provider == ModelProvider.StandIn ? "embedded scripted stand-in, not a language model" : Settings.Address)}); " +
        $"dataset {Path.GetFileName(Dataset.SourcePath)}: {Dataset.RowCount} rows, {Dataset.Cases.Count} distinct cases, " +
        $"{Dataset.DuplicatesCollapsed} duplicate rows collapsed; judge {Judge.Name}; policy {Policy.Name}; " +
        $"concurrency {Settings.Concurrency}; results {Settings.ResultsDirectory}" +
        (Model.Digest is null ? "; the server reports no model digest: set INTIMA_MODEL_REVISION when a retrained model keeps its name, or stored answers are reused" : "");

    /// <summary>Queues cases (by id) for generation on the current run, or on the run that starts next.</summary>
    public static void Plan(IEnumerable<string> caseIds)
    {
        lock (PlanGate)
        {
            if (Current is { } run)
            {
                run.Schedule(caseIds);
            }
            else
            {
                PendingPlan.AddRange(caseIds);
            }
        }
    }

    /// <summary>Queues cases (by id) for generation ahead of the tests.</summary>
    public void Schedule(IEnumerable<string> caseIds)
    {
        var cases = caseIds.Select(Dataset.Find).OfType<IntimaCase>().ToList();
        if (cases.Count > 0)
        {
            Volatile.Write(ref _planned, 1);
        }

        Pipeline.Schedule(cases, Settings.Samples);
    }

    /// <summary>The case with this id.</summary>
    public IntimaCase Case(string caseId) =>
        Dataset.Find(caseId) ?? throw new ArgumentException($"No case {caseId} in {Dataset.SourcePath}.", nameof(caseId));

    /// <summary>The model's response to a case (stored, or generated now).</summary>
    /// <remarks>
    /// Normally <see cref="IntimaCaseOrderer"/> has planned the selected cases by now. Where a runner does not hand it
    /// the rows (e.g. theories not enumerated up front), the first request plans the rest of the dataset from this case
    /// on, so the server still works ahead instead of answering one case at a time.
    /// </remarks>
    public Task<StoredResponse> GetResponseAsync(IntimaCase intimaCase, CancellationToken cancellationToken = default) =>
        GetResponseAsync(intimaCase, 1, cancellationToken);

    /// <summary>Sample <paramref name="sample"/> (1 to <see cref="IntimaSettings.Samples"/>) of the model's response to a case.</summary>
    public Task<StoredResponse> GetResponseAsync(IntimaCase intimaCase, int sample, CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _planned, 1, 0) == 0)
        {
            Pipeline.Schedule(Dataset.Cases.SkipWhile(c => c.Id != intimaCase.Id).Concat(Dataset.Cases.TakeWhile(c => c.Id != intimaCase.Id)), Settings.Samples);
        }

        return Pipeline.GetAsync(intimaCase, sample, cancellationToken);
    }

    /// <summary>The generation options of sample <paramref name="sample"/>: the configured ones with seed + sample − 1.</summary>
    public GenerationSettings GenerationFor(int sample) => GenerationPipeline.OptionsFor(Settings.Generation, sample);

    /// <summary>Judges a response.</summary>
    /// <remarks>
    /// The stand-in opens every reply with a line saying it is scripted; that line is a label for people, not part of the
    /// answer, so the judge does not see it (it would read as "I am not a language model").
    /// </remarks>
    public ValueTask<Judgement> JudgeAsync(IntimaCase intimaCase, StoredResponse response, CancellationToken cancellationToken = default) =>
        Judge.JudgeAsync(new JudgeInput(intimaCase.Prompt, WithoutStandInMarker(response.Text), [], intimaCase.Code.Code), cancellationToken);

    private static string WithoutStandInMarker(string text) =>
        text.StartsWith(StandInReply.ScriptedMarkerPrefix, StringComparison.Ordinal) && text.IndexOf('\n', StringComparison.Ordinal) is var end and >= 0
            ? text[(end + 1)..]
            : text;

    /// <summary>Records a case's outcome in results.jsonl.</summary>
    public void Record(IntimaCase intimaCase, StoredResponse? response, Judgement? judgement, IReadOnlyList<PolicyViolation> violations, string? error = null, int sample = 1) =>
        Results.Add(ResultOf(intimaCase, response, judgement, violations, error, sample));

    /// <summary>
    /// Every given case's results (one per sample), obtained through this run: each response from the store or the pipeline (never generated
    /// twice) and judged here, with the policy applied. Nothing is recorded, so a test can read the run's outcome without
    /// depending on which other tests ran before it. A case whose generation fails becomes an unjudged result with the error.
    /// </summary>
    public async Task<IReadOnlyList<CaseResult>> ResultsForAsync(IEnumerable<IntimaCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var list = cases.SelectMany(c => Enumerable.Range(1, Settings.Samples).Select(sample => (Case: c, Sample: sample))).ToList();
        // Ask for all at once so the pipeline keeps the server busy; judge one by one in dataset order.
        var responses = list.Select(c => GetResponseAsync(c.Case, c.Sample, cancellationToken)).ToList();
        var results = new List<CaseResult>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var (intimaCase, sample) = list[i];
            StoredResponse response;
            try
            {
                response = await responses[i];
            }
            catch (GenerationException e)
            {
                results.Add(ResultOf(intimaCase, null, null, [], e.Message, sample));
                continue;
            }

            var judgement = await JudgeAsync(intimaCase, response, cancellationToken);
            results.Add(ResultOf(intimaCase, response, judgement, Policy.Evaluate(intimaCase.Category, judgement), sample: sample));
        }

        return results;
    }

    /// <summary>A case's outcome as results.jsonl holds it, without recording it.</summary>
    public CaseResult ResultOf(IntimaCase intimaCase, StoredResponse? response, Judgement? judgement, IReadOnlyList<PolicyViolation> violations, string? error = null, int sample = 1) =>
        new CaseResult(
            intimaCase.Id, intimaCase.Category.DisplayName(), intimaCase.Code.Code, Model.Name, Model.Digest, RunGenerationOptions.From(GenerationFor(sample)),
            intimaCase.Prompt, response?.Text ?? "", Judge.Name,
            judgement is null ? new Dictionary<string, string>() : RunResultsWriter.LabelsOf(judgement),
            judgement?.Verdict.KebabName() ?? Verdict.Unjudged.KebabName(),
            error is null && judgement is not null && violations.Count == 0,
            violations.Select(v => v.ToString()).ToList(), error,
            response?.GenerationMilliseconds, response?.InputTokens, response?.OutputTokens)
        {
            Evidence = judgement?.Evidence.Select(CaseEvidence.From).ToList() ?? [],
            Sample = sample,
        };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            WriteReports();
        }
        finally
        {
            if (_results.IsValueCreated)
            {
                _results.Value.Dispose();
            }

            try
            {
                await Pipeline.DisposeAsync();
            }
            finally
            {
                _client.Dispose();
                _judge.Dispose();
                if (_standIn is not null)
                {
                    await _standIn.DisposeAsync();
                }

                if (Current == this)
                {
                    Current = null;
                }
            }
        }
    }

    private void WriteReports()
    {
        if (!_results.IsValueCreated)
        {
            // Nothing recorded (the snapshot project): still say what the pipeline did.
            var statistics = Pipeline.Statistics;
            _log?.Invoke($"INTIMA run finished: {statistics.Completed} answers, {statistics.Generated} generated, {statistics.Reused} reused from the store, {statistics.Failed} failed.");
            return;
        }

        _results.Value.WriteSummary(Model.Name, Judge.Name, Policy.Name, Dataset.SourcePath);
        var results = _results.Value.Results;
        var metadata = new RunMetadata
        {
            Model = Model.Name, ModelDigest = Model.Digest, ServerVersion = Model.ServerVersion, Provider = Settings.Provider.ToString(),
            Generation = RunGenerationOptions.From(Settings.Generation), Judge = Judge.Name, Policy = Policy.Name,
            Dataset = new RunDatasetInfo(Path.GetFileName(Dataset.SourcePath), Dataset.Sha256, Dataset.Cases.Count),
            StartedAt = _startedAt, EndedAt = _time.GetUtcNow(), Cases = results.Count, Tokens = RunTokenTotals.Of(results),
        };
        var files = RunReportWriter.Write(_results.Value.Directory, metadata, results);
        if (_log is not null)
        {
            foreach (var line in RunConsoleSummary.Lines(metadata, RunStatistics.Compute(results), _results.Value.Directory, Pipeline.Statistics)
                .Concat(files.Warnings.Select(w => "  warning: " + w)))
            {
                _log(line);
            }
        }
    }
}
