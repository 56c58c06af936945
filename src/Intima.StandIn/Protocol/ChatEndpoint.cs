using System.Text;
using System.Text.Json;
using Intima.StandIn.Scripting;
using Microsoft.AspNetCore.Http;

namespace Intima.StandIn.Protocol;

/// <summary>
/// <c>POST /api/chat</c>: parse, count, resolve the model, apply injected failures, wait for a parallel slot, wait the
/// latency, produce the reply (responder or script), then write one JSON object or an NDJSON stream.
/// </summary>
internal sealed class ChatEndpoint(
    StandInServerOptions options,
    ModelCatalog catalog,
    StandInStatistics statistics,
    CancellationToken serverStopping) : IDisposable
{
    private readonly SemaphoreSlim? slots = options.MaxParallel > 0 ? new SemaphoreSlim(options.MaxParallel, options.MaxParallel) : null;
    private readonly TimeProvider time = options.TimeProvider;

    public void Dispose() => slots?.Dispose();

    public async Task HandleAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, serverStopping);
        var cancellationToken = linked.Token;
        try
        {
            await HandleCoreAsync(context, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left or the server is stopping: nobody is listening for an answer.
            context.Abort();
        }
    }

    private async Task HandleCoreAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        StandInChatRequest request;
        try
        {
            request = await ChatRequestParser.ParseAsync(context.Request.Body, cancellationToken);
        }
        catch (JsonException)
        {
            await OllamaWire.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "invalid JSON in request body", cancellationToken);
            return;
        }

        if (string.IsNullOrEmpty(request.Model))
        {
            await OllamaWire.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "model is required", cancellationToken);
            return;
        }

        statistics.RecordChat(request.Model);
        if (!catalog.TryFind(request.Model, out var entry))
        {
            await OllamaWire.WriteErrorAsync(
                context, StatusCodes.Status404NotFound, $"model \"{request.Model}\" not found, try pulling it first", cancellationToken);
            return;
        }

        var faults = options.Faults;
        if (faults.TryTakeFailure(out var status))
        {
            await OllamaWire.WriteErrorAsync(context, status, $"intima stand-in: injected fault (HTTP {status})", cancellationToken);
            return;
        }

        if (slots is not null)
        {
            await slots.WaitAsync(cancellationToken);
        }

        statistics.Enter();
        try
        {
            var generating = time.GetTimestamp();
            if (options.Latency > TimeSpan.Zero)
            {
                await Task.Delay(options.Latency, time, cancellationToken);
            }

            StandInReply reply;
            try
            {
                reply = options.Responder is { } responder
                    ? await responder(request, cancellationToken)
                    : ScriptedResponder.Reply(ScriptBook.Default, entry.Model.Persona, request);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await OllamaWire.WriteErrorAsync(
                    context, StatusCodes.Status500InternalServerError, "intima stand-in: responder failed: " + ex.GetType().Name, cancellationToken);
                return;
            }

            var content = faults.EmptyReply ? string.Empty : reply.Content ?? string.Empty;
            var doneReason = reply.DoneReason ?? "stop";
            if (request.NumPredict is > 0 and var limit)
            {
                content = ReplyText.Truncate(content, limit, out var truncated);
                doneReason = truncated ? "length" : doneReason;
            }

            var outgoing = new Outgoing(request.Model, content, doneReason, PromptWords(request), started, generating);
            if (request.Stream)
            {
                await WriteStreamAsync(context, outgoing, faults, cancellationToken);
            }
            else
            {
                await WriteSingleAsync(context, outgoing, faults, cancellationToken);
            }
        }
        finally
        {
            statistics.Exit();
            slots?.Release();
        }
    }

    private async Task WriteSingleAsync(HttpContext context, Outgoing reply, StandInFaults faults, CancellationToken cancellationToken)
    {
        if (faults.DropConnection)
        {
            context.Abort();
            return;
        }

        if (faults.GarbleStream)
        {
            context.Response.ContentType = OllamaWire.JsonContentType;
            await context.Response.Body.WriteAsync(Garbage(reply.Model), cancellationToken);
            return;
        }

        await OllamaWire.WriteJsonAsync(
            context,
            StatusCodes.Status200OK,
            w => OllamaWire.ChatDone(w, reply.Model, Now(), reply.Content, reply.DoneReason, Counters(reply)),
            cancellationToken);
    }

    private async Task WriteStreamAsync(HttpContext context, Outgoing reply, StandInFaults faults, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = OllamaWire.NdjsonContentType;
        var body = context.Response.Body;
        var cut = faults.CutStreamAfterChars;
        var sent = 0;
        var chunks = ReplyText.Chunks(reply.Content);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            if (cut is { } limit && sent + chunk.Length > limit)
            {
                if (limit > sent)
                {
                    await SendAsync(body, OllamaWire.Line(w => OllamaWire.ChatChunk(w, reply.Model, Now(), chunk[..(limit - sent)])), cancellationToken);
                }

                return; // ends the body cleanly, without the done line
            }

            await SendAsync(body, OllamaWire.Line(w => OllamaWire.ChatChunk(w, reply.Model, Now(), chunk)), cancellationToken);
            sent += chunk.Length;
            if (i == 0 && await InjectStreamFaultAsync(context, reply, faults, cancellationToken))
            {
                return;
            }
        }

        if (chunks.Count == 0 && await InjectStreamFaultAsync(context, reply, faults, cancellationToken))
        {
            return;
        }

        await SendAsync(body, OllamaWire.Line(w => OllamaWire.ChatDone(w, reply.Model, Now(), string.Empty, reply.DoneReason, Counters(reply))), cancellationToken);
    }

    /// <summary>Applies garbling or dropping once, after the first chunk; true when the stream must end here.</summary>
    private static async Task<bool> InjectStreamFaultAsync(HttpContext context, Outgoing reply, StandInFaults faults, CancellationToken cancellationToken)
    {
        if (faults.GarbleStream)
        {
            await SendAsync(context.Response.Body, Garbage(reply.Model), cancellationToken);
        }

        if (faults.DropConnection)
        {
            context.Abort();
            return true;
        }

        return false;
    }

    private static async Task SendAsync(Stream body, ReadOnlyMemory<byte> line, CancellationToken cancellationToken)
    {
        await body.WriteAsync(line, cancellationToken);
        await body.FlushAsync(cancellationToken);
    }

    /// <summary>A line that starts like an Ollama chunk but is not JSON.</summary>
    private static byte[] Garbage(string model) =>
        Encoding.UTF8.GetBytes("{\"model\":" + JsonSerializer.Serialize(model) + ",\"created_at\":<garbled by intima stand-in>\n");

    private string Now() => OllamaWire.Timestamp(time.GetUtcNow());

    private GenerationCounters Counters(Outgoing reply)
    {
        var total = time.GetElapsedTime(reply.Started);
        var eval = time.GetElapsedTime(reply.Generating);
        return new GenerationCounters(
            TotalDuration: Nanoseconds(total),
            LoadDuration: 0,
            PromptEvalCount: reply.PromptWords,
            PromptEvalDuration: 0,
            EvalCount: ReplyText.CountWords(reply.Content),
            EvalDuration: Nanoseconds(eval));
    }

    private static long Nanoseconds(TimeSpan span) => span.Ticks * 100;

    private static int PromptWords(StandInChatRequest request) =>
        Math.Max(1, request.Messages.Sum(m => ReplyText.CountWords(m.Content)));

    private sealed record Outgoing(string Model, string Content, string DoneReason, int PromptWords, long Started, long Generating);
}
