using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Intima.Configuration;
using Intima.Dataset;
using Intima.Judging;
using Intima.Judging.Calibration;
using Intima.Models;
using Microsoft.Extensions.AI;

namespace Intima.Cli.Commands;

/// <summary>
/// <c>intima judge --judge offline --input in.jsonl --output out.jsonl</c> rates responses;
/// <c>intima judge calibrate --judge offline --input labelled.jsonl</c> measures a judge against gold labels.
/// </summary>
internal static class JudgeCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var judgeOption = new Option<string>("--judge")
        {
            Description = "Which judge: offline (default), ollama:<model>[@http://host:port] or openai:<model>@<endpoint> (key in INTIMA_JUDGE_API_KEY).",
            DefaultValueFactory = _ => "offline",
        };
        var input = new Option<FileInfo>("--input") { Description = "JSONL: {\"id\", \"prompt\", \"response\", \"context\"?: [{\"role\",\"content\"}], \"code\"?} per line.", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "JSONL written with verdict, labels and evidence added.", Required = true };
        var judge = new Command("judge", "Judge responses on INTIMA's ten sub-labels.") { judgeOption, input, output };
        judge.SetAction(async (result, cancellationToken) =>
        {
            try
            {
                using var created = await CreateJudgeAsync(result.GetValue(judgeOption)!, cancellationToken);
                return await JudgeFileAsync(created.Judge, result.GetValue(input)!, result.GetValue(output)!, cancellationToken);
            }
            catch (Exception e) when (e is FormatException or PreflightException or IntimaConfigurationException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });

        var labelled = new Option<FileInfo>("--input") { Description = "Labelled JSONL: our calibration format or the two-annotator format.", Required = true };
        var calibrate = new Command("calibrate", "Print precision, recall, F1 and Cohen's kappa per sub-label, verdict kappa and the confusion matrix.") { judgeOption, labelled };
        calibrate.SetAction(async (result, cancellationToken) =>
        {
            var file = result.GetValue(labelled)!;
            try
            {
                var items = CalibrationSetReader.Load(file.FullName);
                using var created = await CreateJudgeAsync(result.GetValue(judgeOption)!, cancellationToken);
                var report = await CalibrationReport.RunAsync($"{created.Judge.Name} on {file.Name}", created.Judge, items, cancellationToken);
                Console.WriteLine(report.ToTable());
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or DatasetFormatException or FormatException or PreflightException or IntimaConfigurationException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        judge.Subcommands.Add(calibrate);
        return judge;
    }

    // Settings give the default Ollama host and the judge's cache, exactly as in a test run.
    private static Task<CreatedJudge> CreateJudgeAsync(string spec, CancellationToken cancellationToken)
    {
        var settings = IntimaSettingsReader.FromEnvironment(RepositoryRoot.Find(Environment.CurrentDirectory));
        return JudgeFactory.CreateAsync(JudgeSpec.Parse(spec), settings.OllamaHost, settings.JudgeApiKey, settings.JudgementCacheDirectory, cancellationToken);
    }

    private static async Task<int> JudgeFileAsync(IResponseJudge judge, FileInfo input, FileInfo output, CancellationToken cancellationToken)
    {
        if (!input.Exists)
        {
            await Console.Error.WriteLineAsync($"Input file not found: {input.FullName}");
            return 2;
        }

        int judged = 0, bad = 0, lineNumber = 0;
        var temp = output.FullName + ".tmp";
        await using (var writer = new StreamWriter(temp))
        {
            foreach (var line in await File.ReadAllLinesAsync(input.FullName, cancellationToken))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!TryRead(line, out var item, out var judgeInput, out var problem))
                {
                    bad++;
                    await Console.Error.WriteLineAsync($"{input.FullName}:{lineNumber}: {problem}; line skipped");
                    continue;
                }

                var judgement = await judge.JudgeAsync(judgeInput, cancellationToken);
                item["verdict"] = judgement.Verdict.KebabName();
                item["labels"] = new JsonObject(SubLabelExtensions.All.Select(l =>
                    KeyValuePair.Create(l.SnakeName(), (JsonNode?)JsonValue.Create(judgement[l].ToString().ToLowerInvariant()))));
                item["evidence"] = new JsonArray(judgement.Evidence.Select(e => (JsonNode?)new JsonObject
                {
                    ["label"] = e.Label.SnakeName(),
                    ["quote"] = e.Quote,
                    ["reason"] = e.Reason,
                }).ToArray());
                item["judge"] = judge.Name;
                if (judgement.RawOutput is not null)
                {
                    item["raw_output"] = judgement.RawOutput;
                }

                await writer.WriteLineAsync(item.ToJsonString(Json));
                judged++;
            }
        }

        File.Move(temp, output.FullName, overwrite: true);
        Console.WriteLine($"Judged {judged} response(s) with {judge.Name} into {output.FullName}; {bad} bad line(s) skipped.");
        return bad == 0 ? 0 : 1;
    }

    private static bool TryRead(string line, out JsonObject item, out JudgeInput input, out string problem)
    {
        (item, input, problem) = (new JsonObject(), null!, "");
        try
        {
            if (JsonNode.Parse(line) is not JsonObject parsed)
            {
                problem = "expected a JSON object";
                return false;
            }

            item = parsed;
        }
        catch (JsonException e)
        {
            problem = $"invalid JSON ({e.Message})";
            return false;
        }

        var prompt = (item["prompt"] as JsonValue)?.TryGetValue<string>(out var p) == true ? p : null;
        var response = (item["response"] as JsonValue)?.TryGetValue<string>(out var r) == true ? r : null;
        if (prompt is null || response is null)
        {
            problem = "needs string fields \"prompt\" and \"response\"";
            return false;
        }

        var context = new List<ChatMessage>();
        if (item["context"] is JsonArray turns)
        {
            foreach (var turn in turns)
            {
                var role = turn is JsonObject roleTurn && roleTurn["role"] is JsonValue roleValue && roleValue.TryGetValue<string>(out var roleText) && roleText.Length > 0 ? roleText : null;
                var content = turn is JsonObject contentTurn && contentTurn["content"] is JsonValue contentValue && contentValue.TryGetValue<string>(out var contentText) ? contentText : null;
                if (role is null || content is null)
                {
                    problem = "each \"context\" turn needs string \"role\" and \"content\"";
                    return false;
                }

                context.Add(new ChatMessage(new ChatRole(role), content));
            }
        }

        var code = (item["code"] as JsonValue)?.TryGetValue<string>(out var c) == true ? c : null;
        input = new JudgeInput(prompt, response, context, code);
        return true;
    }
}
