using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Intima.Configuration;
using Intima.Dataset;
using Intima.Models;
using Microsoft.Extensions.AI;

namespace Intima.Generation;

/// <summary>
/// Generates responses ahead of the tests with at most <c>concurrency</c> requests in flight, storing each as it arrives.
/// xUnit runs a theory's rows one after another; the pipeline keeps the server busy meanwhile. A case a test waits for
/// jumps the queue. Stored responses are reused, so a case is generated once per configuration across processes.
/// Failures that may pass (5xx, dropped connections, malformed or cut replies) are retried with backoff
/// (<see cref="RetryOptions"/>); what still fails becomes a <see cref="GenerationException"/> for that case alone,
/// naming the case and the fault, and nothing is stored for it, so a rerun generates exactly the missing cases.
/// </summary>
public sealed class GenerationPipeline : IAsyncDisposable
{
    private readonly IChatClient _client;
    private readonly ModelProvider _provider;
    private readonly ModelInfo _model;
    private readonly GenerationSettings _options;
    private readonly ResponseStore _store;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly RetryOptions _retry;
    private readonly IProgress<GenerationStatistics>? _progress;
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Job> _queue = new();
    private readonly ConcurrentQueue<Job> _urgent = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _workers;
    private int _disposed;
    private int _generated, _reused, _failed, _retries;

    /// <summary>Starts the workers.</summary>
    /// <param name="client">The model under test.</param>
    /// <param name="provider">Recorded in the store key.</param>
    /// <param name="model">The model's name and digest (from preflight).</param>
    /// <param name="options">Pinned generation options.</param>
    /// <param name="store">Where responses are kept.</param>
    /// <param name="concurrency">Requests in flight at most; 1–64.</param>
    /// <param name="timeout">Time allowed for one generation attempt (INTIMA_TIMEOUT); a timeout is not retried.</param>
    /// <param name="timeProvider">Clock for generation times, timeouts and retry delays; default the system clock.</param>
    /// <param name="retry">Retries of failures that may pass; default <see cref="RetryOptions.Default"/>.</param>
    /// <param name="progress">
    /// Told the <see cref="Statistics"/> after each answer is finished (generated, reused or failed), on a worker thread;
    /// default none. <see cref="GenerationProgressLog"/> turns it into occasional console lines.
    /// </param>
    public GenerationPipeline(IChatClient client, ModelProvider provider, ModelInfo model, GenerationSettings options, ResponseStore store,
        int concurrency, TimeSpan timeout, TimeProvider? timeProvider = null, RetryOptions? retry = null, IProgress<GenerationStatistics>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(concurrency, 64);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        (_client, _provider, _model, _options, _store, _timeout) = (client, provider, model, options, store, timeout);
        _time = timeProvider ?? TimeProvider.System;
        _retry = retry ?? RetryOptions.Default;
        _retry.Validate();
        _progress = progress;
        _workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkAsync)).ToArray();
    }

    /// <summary>Counts so far.</summary>
    public GenerationStatistics Statistics => new(_jobs.Count, Volatile.Read(ref _generated), Volatile.Read(ref _reused), Volatile.Read(ref _failed), Volatile.Read(ref _retries));

    /// <summary>Queues cases for generation in the given order; cases already known are left where they are.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="samples">Answers per case (see <see cref="GetAsync(IntimaCase, int, CancellationToken)"/>); default 1; range 1–20.</param>
    public void Schedule(IEnumerable<IntimaCase> cases, int samples = 1)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(samples, 20);
        foreach (var c in cases)
        {
            for (var sample = 1; sample <= samples; sample++)
            {
                var job = new Job(c, sample);
                if (_jobs.TryAdd(JobKey(c, sample), job))
                {
                    _queue.Enqueue(job);
                    _available.Release();
                }
            }
        }
    }

    /// <summary>The response to <paramref name="intimaCase"/>: stored, in flight, or generated now ahead of the queue.</summary>
    /// <exception cref="GenerationException">The model could not produce it.</exception>
    public Task<StoredResponse> GetAsync(IntimaCase intimaCase, CancellationToken cancellationToken = default) =>
        GetAsync(intimaCase, 1, cancellationToken);

    /// <summary>
    /// Sample <paramref name="sample"/> (1-based) of the response to <paramref name="intimaCase"/>: generated with the seed
    /// <see cref="OptionsFor(int)"/> gives it, so each sample is stored under its own key. Sample 1 is the ordinary response.
    /// </summary>
    /// <exception cref="GenerationException">The model could not produce it.</exception>
    public Task<StoredResponse> GetAsync(IntimaCase intimaCase, int sample, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intimaCase);
        ArgumentOutOfRangeException.ThrowIfLessThan(sample, 1);
        var job = _jobs.GetOrAdd(JobKey(intimaCase, sample), static (_, state) => new Job(state.Case, state.Sample), (Case: intimaCase, Sample: sample));
        if (Volatile.Read(ref job.Started) == 0)
        {
            _urgent.Enqueue(job);
            _available.Release();
        }

        return job.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The options of sample <paramref name="sample"/>: the pinned ones, with the seed raised by <c>sample − 1</c>.</summary>
    public GenerationSettings OptionsFor(int sample) => OptionsFor(_options, sample);

    /// <summary>The options of sample <paramref name="sample"/> (1-based) given the pinned <paramref name="options"/>: seed, seed+1, ….</summary>
    public static GenerationSettings OptionsFor(GenerationSettings options, int sample)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(sample, 1);
        return sample == 1 ? options : options with { Seed = options.Seed + sample - 1 };
    }

    // Sample 1 keeps the plain case id, so a run without sampling works exactly as before.
    private static string JobKey(IntimaCase intimaCase, int sample) =>
        sample == 1 ? intimaCase.Id : intimaCase.Id + "#" + sample.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stops the workers; responses already stored stay stored.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        foreach (var worker in _workers)
        {
            try
            {
                await worker;
            }
            catch (OperationCanceledException)
            {
                // Expected on shutdown; any other fault was already given to the job it concerned.
            }
        }

        foreach (var job in _jobs.Values)
        {
            job.Completion.TrySetCanceled();
        }

        _stopping.Dispose();
        _available.Dispose();
    }

    private async Task WorkAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            await _available.WaitAsync(stopping);
            if (!_urgent.TryDequeue(out var job) && !_queue.TryDequeue(out job))
            {
                continue;
            }

            if (Interlocked.Exchange(ref job.Started, 1) == 1)
            {
                continue;
            }

            try
            {
                job.Completion.TrySetResult(await ProduceAsync(job.Case, OptionsFor(job.Sample), stopping));
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                job.Completion.TrySetCanceled(stopping);
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref _failed);
                job.Completion.TrySetException(e is GenerationException ? e : new GenerationException($"{job.Case.Id}: {e.Message}", e));
            }

            if (!stopping.IsCancellationRequested)
            {
                try
                {
                    _progress?.Report(Statistics);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Progress is a courtesy: a failing sink must not stop a worker and stall the run.
                }
            }
        }
    }

    private async Task<StoredResponse> ProduceAsync(IntimaCase intimaCase, GenerationSettings options, CancellationToken stopping)
    {
        var key = ResponseKey.For(_provider, _model, options, intimaCase.Prompt);
        if (_store.TryRead(key) is { } stored)
        {
            Interlocked.Increment(ref _reused);
            return stored;
        }

        using (await _store.LockAsync(key, stopping))
        {
            // Another process may have generated it while we waited for the lock.
            if (_store.TryRead(key) is { } storedMeanwhile)
            {
                Interlocked.Increment(ref _reused);
                return storedMeanwhile;
            }

            var response = await GenerateAsync(key, intimaCase, options, stopping);
            _store.Write(response);
            Interlocked.Increment(ref _generated);
            return response;
        }
    }

    private async Task<StoredResponse> GenerateAsync(string key, IntimaCase intimaCase, GenerationSettings options, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await GenerateOnceAsync(key, intimaCase, options, stopping);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                var fault = GenerationFault.Classify(e, e is GenerationTimeoutException, _provider, _model.Name, _timeout);
                if (!fault.MayPass || attempt >= _retry.MaxAttempts)
                {
                    throw new GenerationException(fault.Message(intimaCase.Id, attempt), e);
                }

                Interlocked.Increment(ref _retries);
                await Task.Delay(_retry.DelayBefore(attempt), _time, stopping);
            }
        }
    }

    /// <summary>One request, streamed so that a reply cut short is told apart from a finished one.</summary>
    private async Task<StoredResponse> GenerateOnceAsync(string key, IntimaCase intimaCase, GenerationSettings options, CancellationToken stopping)
    {
        List<ChatMessage> messages = [];
        if (options.SystemPrompt is not null)
        {
            messages.Add(new ChatMessage(ChatRole.System, options.SystemPrompt));
        }

        messages.Add(new ChatMessage(ChatRole.User, intimaCase.Prompt));
        var started = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        List<ChatResponseUpdate> updates = [];
        try
        {
            await foreach (var update in _client.GetStreamingResponseAsync(messages, ChatClientFactory.ToChatOptions(options), linked.Token))
            {
                updates.Add(update);
            }
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            throw new GenerationTimeoutException(e);
        }

        var response = updates.ToChatResponse();
        if (response.FinishReason is null)
        {
            throw new IncompleteReplyException();
        }

        var elapsed = _time.GetElapsedTime(started);
        return new StoredResponse(key, intimaCase.Id, _model.Name, _model.Digest, options, intimaCase.Prompt, response.Text,
            response.FinishReason?.Value, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount, elapsed.TotalMilliseconds);
    }

    /// <summary>The generation's own timeout (INTIMA_TIMEOUT) fired.</summary>
    private sealed class GenerationTimeoutException(Exception inner) : TimeoutException("The generation timed out.", inner);

    private sealed class Job(IntimaCase intimaCase, int sample)
    {
        public readonly IntimaCase Case = intimaCase;
        public readonly int Sample = sample;
        public readonly TaskCompletionSource<StoredResponse> Completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Started;
    }
}
