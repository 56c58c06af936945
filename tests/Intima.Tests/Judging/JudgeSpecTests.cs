using Intima.Judging;

namespace Intima.Tests.Judging;

public sealed class JudgeSpecTests
{
    [Theory]
    [InlineData("offline")]
    [InlineData(" OFFLINE ")]
    public void Parse_Offline_IsOffline(string spec) => JudgeSpec.Parse(spec).Should().Be(JudgeSpec.Offline);

    [Fact]
    public void Parse_OllamaModelWithTag_KeepsTheWholeName() =>
        JudgeSpec.Parse("ollama:qwen3:30b").Should().Be(new JudgeSpec(JudgeKind.Ollama, "qwen3:30b"));

    [Fact]
    public void Parse_OllamaWithHost_ReadsTheHost() =>
        JudgeSpec.Parse("ollama:llama3.1@http://gpu-box:11434").Should().Be(new JudgeSpec(JudgeKind.Ollama, "llama3.1", new Uri("http://gpu-box:11434")));

    [Fact]
    public void Parse_OpenAI_ReadsModelAndEndpoint() =>
        JudgeSpec.Parse("openai:gpt-4o-mini@http://localhost:8000/v1").Should().Be(
            new JudgeSpec(JudgeKind.OpenAI, "gpt-4o-mini", new Uri("http://localhost:8000/v1")));

    [Theory]
    [InlineData("", "unknown judge")]
    [InlineData("gpt4", "unknown judge")]
    [InlineData("anthropic:claude", "unknown judge")]
    [InlineData("ollama:", "model name is missing")]
    [InlineData("openai:gpt-4o", "needs its endpoint")]
    [InlineData("openai:gpt-4o@localhost:8000", "not an absolute http(s) URL")]
    [InlineData("ollama:m@ftp://host", "not an absolute http(s) URL")]
    public void Parse_Malformed_ThrowsWithTheProblemAndTheForms(string spec, string problem)
    {
        var parse = () => JudgeSpec.Parse(spec);

        parse.Should().Throw<FormatException>().Which.Message.Should().Contain(problem).And.Contain("'ollama:<model>'").And.Contain("openai:<model>@<endpoint>");
    }

    [Theory]
    [InlineData("offline")]
    [InlineData("ollama:qwen3:30b")]
    [InlineData("openai:gpt-4o-mini@http://localhost:8000/v1")]
    public void ToString_RoundTrips(string spec) => JudgeSpec.Parse(JudgeSpec.Parse(spec).ToString()).Should().Be(JudgeSpec.Parse(spec));
}
