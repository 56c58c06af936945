using System.Globalization;

namespace Intima.Generation;

/// <summary>
/// Turns a pipeline's progress into occasional lines such as
/// <c>INTIMA progress: 120/376 answers (generated 100, reused 18, failed 2); 42.3 per minute; about 6 min left</c>.
/// A line is written when both <see cref="GenerationProgressOptions.MinInterval"/> and
/// <see cref="GenerationProgressOptions.EveryAnswers"/> have passed since the last one (whichever is rarer), so a run
/// shorter than the interval writes none and a long one about 20. The run's closing summary gives the final counts.
/// </summary>
public sealed class GenerationProgressLog : IProgress<GenerationStatistics>
{
    private readonly Action<string> _write;
    private readonly TimeProvider _time;
    private readonly GenerationProgressOptions _options;
    private readonly long _started;
    private readonly Lock _gate = new();
    private long _lastLine;
    private int _lastCompleted;

    /// <summary>Starts the clock for the rate.</summary>
    /// <param name="write">Receives each line (called under a lock, one line at a time).</param>
    /// <param name="timeProvider">Clock; default the system clock.</param>
    /// <param name="options">How often to write; default <see cref="GenerationProgressOptions"/>.</param>
    public GenerationProgressLog(Action<string> write, TimeProvider? timeProvider = null, GenerationProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        _write = write;
        _time = timeProvider ?? TimeProvider.System;
        _options = options ?? new GenerationProgressOptions();
        _options.Validate();
        _started = _time.GetTimestamp();
        _lastLine = _started;
    }

    /// <inheritdoc />
    public void Report(GenerationStatistics value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var every = _options.EveryAnswers > 0 ? _options.EveryAnswers : Math.Max(1, (int)Math.Ceiling(value.Scheduled * 0.05));
            var due = value.Completed - _lastCompleted >= every && _time.GetElapsedTime(_lastLine, now) >= _options.MinInterval;
            if (!due)
            {
                return;
            }

            _lastLine = now;
            _lastCompleted = value.Completed;
            _write(Line(value, _time.GetElapsedTime(_started, now)));
        }
    }

    /// <summary>The progress line for <paramref name="value"/> after <paramref name="elapsed"/>.</summary>
    public static string Line(GenerationStatistics value, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"INTIMA progress: {value.Completed}/{value.Scheduled} answers (generated {value.Generated}, reused {value.Reused}, failed {value.Failed}" +
            $"{(value.Retries > 0 ? $", {value.Retries} retries" : "")})");
        var minutes = elapsed.TotalMinutes;
        if (minutes <= 0 || value.Completed == 0)
        {
            return text;
        }

        var perMinute = value.Completed / minutes;
        var left = Math.Max(0, value.Scheduled - value.Completed);
        return text + string.Create(CultureInfo.InvariantCulture, $"; {perMinute:0.#} per minute; ") +
            (left == 0 ? $"done in {Duration(elapsed)}" : $"about {Duration(TimeSpan.FromMinutes(left / perMinute))} left");
    }

    /// <summary>A duration in words: "40 s", "6 min", "2 h 05 min".</summary>
    internal static string Duration(TimeSpan span) =>
        span.TotalSeconds < 90 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Math.Round(span.TotalSeconds)):0} s")
        : span.TotalMinutes < 90 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(span.TotalMinutes):0} min")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min");
}
