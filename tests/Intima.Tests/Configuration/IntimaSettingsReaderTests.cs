using Intima.Configuration;
using Intima.Policies;
using Intima.Snapshots;

namespace Intima.Tests.Configuration;

public sealed class IntimaSettingsReaderTests
{
    private const string Root = "/repo";

    private static IntimaSettings Read(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return IntimaSettingsReader.Read(name => map.GetValueOrDefault(name), Root);
    }

    [Fact]
    public void Read_NothingSet_UsesStandInAndBundledPrompts()
    {
        var settings = Read();

        settings.Provider.Should().Be(ModelProvider.StandIn);
        settings.Model.Should().Be(IntimaSettings.DefaultStandInModel);
        settings.DatasetPath.Should().Be("/repo/fixtures/prompts/intima-bundled.jsonl");
        settings.Concurrency.Should().Be(4);
        settings.ResultsDirectory.Should().Be("/repo/artifacts/results/intima-standin-boundaries");
        settings.PolicyPath.Should().Be("/repo/fixtures/policies/wellbeing.json");
        settings.Generation.Temperature.Should().Be(0);
        settings.Snapshots.Should().Be(SnapshotMode.Compare);
    }

    [Fact]
    public void Read_Baseline_IsResolvedFromTheRootAndGateCategoryDefaultsToUserVulnerabilities()
    {
        Read().BaselineDirectory.Should().BeNull();
        var settings = Read(("INTIMA_BASELINE", "artifacts/results/base"));

        settings.BaselineDirectory.Should().Be("/repo/artifacts/results/base");
        settings.GateCategory.Should().Be("User Vulnerabilities");
    }

    [Theory]
    [InlineData("relationship-intimacy", "Relationship & Intimacy")]
    [InlineData("assistant traits", "Assistant Traits")]
    [InlineData("ALL", "all")]
    public void Read_GateCategory_AcceptsNamesSlugsAndAll(string text, string expected) =>
        Read(("INTIMA_GATE_CATEGORY", text)).GateCategory.Should().Be(expected);

    [Fact]
    public void Read_UnknownGateCategory_NamesTheVariableAndTheChoices()
    {
        var act = () => Read(("INTIMA_GATE_CATEGORY", "feelings"));

        act.Should().Throw<IntimaConfigurationException>().WithMessage("INTIMA_GATE_CATEGORY=\"feelings\" is not a category; use one of \"Assistant Traits\"*, or all.");
    }

    [Fact]
    public void Read_Sampling_DefaultsToOneAnswerThatMustPass()
    {
        var settings = Read();

        settings.Samples.Should().Be(1);
        settings.PassRule.Should().Be(PassRule.OneAnswer);
    }

    [Fact]
    public void Read_SamplesWithoutRule_AllMustPass() =>
        Read(("INTIMA_SAMPLES", "4")).PassRule.Should().Be(new PassRule(4, 4));

    [Fact]
    public void Read_RuleWithoutSamples_ImpliesTheSampleCount()
    {
        var settings = Read(("INTIMA_PASS_RULE", "3of5"));

        settings.Samples.Should().Be(5);
        settings.PassRule.Should().Be(new PassRule(3, 5));
    }

    [Theory]
    [InlineData("INTIMA_SAMPLES", "0", "INTIMA_SAMPLES=\"0\" must be a whole number from 1 to 20.")]
    [InlineData("INTIMA_SAMPLES", "21", "INTIMA_SAMPLES=\"21\" must be a whole number from 1 to 20.")]
    [InlineData("INTIMA_PASS_RULE", "most", "INTIMA_PASS_RULE=\"most\" is not a rule*3of5.")]
    public void Read_BadSampling_NamesTheVariable(string name, string value, string message)
    {
        var act = () => Read((name, value));

        act.Should().Throw<IntimaConfigurationException>().WithMessage(message);
    }

    [Fact]
    public void Read_RuleDisagreeingWithSamples_Fails()
    {
        var act = () => Read(("INTIMA_SAMPLES", "3"), ("INTIMA_PASS_RULE", "3of5"));

        act.Should().Throw<IntimaConfigurationException>().WithMessage("INTIMA_PASS_RULE=3of5 counts 5 samples, but INTIMA_SAMPLES=3*");
    }

    [Fact]
    public void Read_StandInKnobs_AreRead()
    {
        var settings = Read(("INTIMA_STANDIN_LATENCY_MS", "250"), ("INTIMA_STANDIN_PARALLEL", "4"));

        settings.StandInLatency.Should().Be(TimeSpan.FromMilliseconds(250));
        settings.StandInParallel.Should().Be(4);
    }

    [Fact]
    public void Read_ModelSet_MeansOllamaAtDefaultHost()
    {
        var settings = Read(("INTIMA_MODEL", "llama3.2"));

        settings.Provider.Should().Be(ModelProvider.Ollama);
        settings.OllamaHost.Should().Be(new Uri("http://localhost:11434"));
    }

    [Theory]
    [InlineData("127.0.0.1:9000", "http://127.0.0.1:9000/")]
    [InlineData("myhost", "http://myhost:11434/")]
    [InlineData("https://ollama.example", "https://ollama.example/")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    public void Read_OllamaHostForms_AreUnderstood(string host, string expected) =>
        Read(("INTIMA_MODEL", "m"), ("OLLAMA_HOST", host)).OllamaHost.Should().Be(new Uri(expected));

    [Fact]
    public void Read_ProfileValue_LosesToCallerValue()
    {
        var settings = Read(("INTIMA_PROFILE_MODEL", "from-profile"), ("INTIMA_MODEL", "from-caller"), ("INTIMA_PROFILE_PROVIDER", "ollama"));

        settings.Model.Should().Be("from-caller");
        settings.Provider.Should().Be(ModelProvider.Ollama);
    }

    [Fact]
    public void Read_ProfileValueAlone_IsUsed() =>
        Read(("INTIMA_PROFILE_OLLAMA_HOST", "http://h:1"), ("INTIMA_MODEL", "m")).OllamaHost.Should().Be(new Uri("http://h:1"));

    [Theory]
    [InlineData("INTIMA_PROVIDER", "bedrock", "INTIMA_PROVIDER=\"bedrock\" is not a provider*")]
    [InlineData("INTIMA_CONCURRENCY", "-1", "INTIMA_CONCURRENCY=\"-1\" must be a whole number from 1 to 64*")]
    [InlineData("INTIMA_CONCURRENCY", "lots", "INTIMA_CONCURRENCY=\"lots\"*")]
    [InlineData("OLLAMA_HOST", "ftp://x", "OLLAMA_HOST=\"ftp://x\" is not an http(s) URL*")]
    [InlineData("INTIMA_TEMPERATURE", "3", "INTIMA_TEMPERATURE=\"3\" must be a number from 0 to 2*")]
    [InlineData("INTIMA_ACCEPT", "maybe", "INTIMA_ACCEPT=\"maybe\" must be 1/true/yes/on or 0/false/no/off.")]
    public void Read_BadValue_NamesVariableAndWhatItAccepts(string name, string value, string message)
    {
        var act = () => Read(("INTIMA_MODEL", "m"), (name, value));

        act.Should().Throw<IntimaConfigurationException>().WithMessage(message);
    }

    [Fact]
    public void Read_CredentialsInEndpoint_AreRejectedWithoutEchoingThem() =>
        FluentActions.Invoking(() => Read(("INTIMA_PROVIDER", "openai"), ("INTIMA_MODEL", "m"), ("INTIMA_ENDPOINT", "http://user:sk-secret@h/v1")))
            .Should().Throw<IntimaConfigurationException>()
            .Which.Message.Should().Contain("must not carry credentials").And.NotContain("sk-secret");

    [Fact]
    public void Read_OpenAIWithoutEndpoint_SaysWhatIsMissing() =>
        FluentActions.Invoking(() => Read(("INTIMA_PROVIDER", "openai"), ("INTIMA_MODEL", "m")))
            .Should().Throw<IntimaConfigurationException>().WithMessage("*needs INTIMA_ENDPOINT*");

    [Fact]
    public void Read_OllamaWithoutModel_SaysWhatIsMissing() =>
        FluentActions.Invoking(() => Read(("INTIMA_PROVIDER", "ollama")))
            .Should().Throw<IntimaConfigurationException>().WithMessage("*needs INTIMA_MODEL*");

    [Theory]
    [InlineData(null, null, SnapshotMode.Compare)]
    [InlineData("true", null, SnapshotMode.Strict)]
    [InlineData("1", "1", SnapshotMode.Strict)]
    [InlineData("false", "1", SnapshotMode.Accept)]
    [InlineData(null, "true", SnapshotMode.Accept)]
    [InlineData(null, "0", SnapshotMode.Compare)]
    [InlineData(null, "no", SnapshotMode.Compare)]
    [InlineData("off", "on", SnapshotMode.Accept)]
    public void Read_CiAndAccept_ChooseSnapshotMode(string? ci, string? accept, SnapshotMode expected)
    {
        var variables = new List<(string, string)>();
        if (ci is not null) variables.Add(("CI", ci));
        if (accept is not null) variables.Add(("INTIMA_ACCEPT", accept));

        Read([.. variables]).Snapshots.Should().Be(expected);
    }

    [Fact]
    public void ToString_WithApiKey_DoesNotShowIt()
    {
        var settings = Read(("INTIMA_PROVIDER", "openai"), ("INTIMA_MODEL", "m"), ("INTIMA_ENDPOINT", "http://h/v1"), ("INTIMA_API_KEY", "sk-secret-123"));

        settings.ToString().Should().NotContain("sk-secret-123").And.Contain("***");
    }

    [Fact]
    public void Read_HostileModelName_ResultsStayUnderArtifacts() =>
        Read(("INTIMA_MODEL", "../../etc/passwd")).ResultsDirectory.Should().StartWith("/repo/artifacts/results/");
}
