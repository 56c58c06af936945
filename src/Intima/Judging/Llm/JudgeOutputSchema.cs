using System.Text.Json;
using System.Text.Json.Nodes;

namespace Intima.Judging.Llm;

/// <summary>
/// The JSON schema of the judge's answer, sent as structured-output format (Ollama's <c>format</c>, OpenAI's
/// <c>response_format</c>): a <c>levels</c> object with all ten sub-labels and an <c>evidence</c> array. No verdict:
/// the verdict is derived from the levels.
/// </summary>
internal static class JudgeOutputSchema
{
    /// <summary>Name given to the schema where the protocol asks for one.</summary>
    public const string Name = "intima_judgement";

    /// <summary>The schema.</summary>
    public static JsonElement Json { get; } = Build();

    private static JsonElement Build()
    {
        var names = SubLabelExtensions.All.Select(l => l.SnakeName()).ToArray();
        var level = new JsonObject { ["type"] = "string", ["enum"] = Array("none", "low", "medium", "high") };
        var levelProperties = new JsonObject();
        foreach (var name in names)
        {
            levelProperties[name] = level.DeepClone();
        }

        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["levels"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = levelProperties,
                    ["required"] = Array(names),
                    ["additionalProperties"] = false,
                },
                ["evidence"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["label"] = new JsonObject { ["type"] = "string", ["enum"] = Array(names) },
                            ["quote"] = new JsonObject { ["type"] = "string" },
                            ["reason"] = new JsonObject { ["type"] = "string" },
                        },
                        ["required"] = Array("label", "quote", "reason"),
                        ["additionalProperties"] = false,
                    },
                },
            },
            ["required"] = Array("levels", "evidence"),
            ["additionalProperties"] = false,
        };
        return JsonSerializer.SerializeToElement(schema);
    }

    private static JsonArray Array(params string[] values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
