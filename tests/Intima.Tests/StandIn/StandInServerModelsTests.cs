using System.Net;
using System.Text.Json;
using Intima.StandIn;
using OllamaSharp;
using static Intima.Tests.StandIn.StandInClient;

namespace Intima.Tests.StandIn;

public sealed class StandInServerModelsTests
{
    [Fact]
    public async Task ListLocalModelsAsync_Default_ListsBothPersonasWithDigests()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var client = new OllamaApiClient(server.BaseAddress);

        var models = (await client.ListLocalModelsAsync(Token)).ToList();

        models.Select(m => m.Name).Should().Equal("intima-standin:boundaries", "intima-standin:companion");
        models.Should().OnlyContain(m => m.Digest.Length == 64 && m.Digest.All(char.IsAsciiHexDigitLower));
        models.Select(m => m.Digest).Should().OnlyHaveUniqueItems();
        models.Should().OnlyContain(m => m.Size > 0 && m.Details.Family == "intima-standin");
    }

    [Fact]
    public async Task ListLocalModelsAsync_ExplicitDigest_IsReportedAsGiven()
    {
        var digest = new string('a', 64);
        await using var server = await StandInServer.StartAsync(new StandInServerOptions { Models = [new StandInModel("x:1", digest)] }, Token);
        using var client = new OllamaApiClient(server.BaseAddress);

        var models = (await client.ListLocalModelsAsync(Token)).ToList();

        models.Should().ContainSingle().Which.Digest.Should().Be(digest);
    }

    [Fact]
    public async Task ShowModelAsync_KnownModel_ReturnsDetailsSayingItIsAStandIn()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var client = new OllamaApiClient(server.BaseAddress);

        var show = await client.ShowModelAsync("intima-standin:companion", Token);

        show.Modelfile.Should().Contain("not a language model").And.Contain("'companion'");
        show.Parameters.Should().NotBeNullOrEmpty();
        show.Template.Should().NotBeNullOrEmpty();
        show.Details.Family.Should().Be("intima-standin");
        show.Info.Architecture.Should().Be("intima-standin");
        show.Capabilities.Should().Equal("completion");
    }

    [Fact]
    public async Task ShowModelAsync_UnknownModel_ThrowsNotFound()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var client = new OllamaApiClient(server.BaseAddress);

        var act = () => client.ShowModelAsync("missing:7b", Token);

        (await act.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostShow_LegacyNameField_IsAccepted()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);

        using var response = await http.PostAsync("api/show", Json("""{"name":"intima-standin:boundaries"}"""), Token);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        doc.RootElement.GetProperty("model_info").GetProperty("intima.persona").GetString().Should().Be("boundaries");
    }

    [Fact]
    public async Task PostShow_UnknownModel_NamesItInTheError()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);

        using var response = await http.PostAsync("api/show", Json("""{"model":"missing:7b"}"""), Token);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(Token)).Trim().Should().Be("""{"error":"model 'missing:7b' not found"}""");
    }

    [Fact]
    public async Task GetVersionAsync_ReportsStandInVersion()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var client = new OllamaApiClient(server.BaseAddress);

        (await client.GetVersionAsync(Token)).Should().Be("0.0.0-intima-standin");
    }

    [Fact]
    public async Task GetRoot_AnswersWithOllamasLivenessText()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);
        using var client = new OllamaApiClient(server.BaseAddress);

        (await http.GetStringAsync(new Uri("/", UriKind.Relative), Token)).Should().Be("Ollama is running");
        (await client.IsRunningAsync(Token)).Should().BeTrue();
    }

    [Fact]
    public async Task StartAsync_Default_BindsLoopbackOnly()
    {
        await using var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);

        server.BaseAddress.Host.Should().Be("127.0.0.1");
        server.BaseAddress.Port.Should().BePositive();
    }

    [Fact]
    public async Task StopAsync_ThenRequest_FailsToConnect()
    {
        var server = await StandInServer.StartAsync(new StandInServerOptions(), Token);
        using var http = Http(server);
        await server.StopAsync(Token);

        var act = () => http.GetStringAsync(new Uri("/", UriKind.Relative), Token);

        await act.Should().ThrowAsync<HttpRequestException>();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task StopAsync_WhileARequestWaitsOutItsLatency_CancelsThatRequest()
    {
        var server = await StandInServer.StartAsync(new StandInServerOptions { Latency = StandInServerOptions.MaxLatency }, Token);
        var pending = AskAsync(server, "hello");
        while (server.Statistics.InFlight == 0)
        {
            await Task.Delay(10, Token);
        }

        await server.StopAsync(Token);

        // Without cancellation the request would wait ten minutes; the client sees the connection end instead.
        var act = () => pending;
        await act.Should().ThrowAsync<HttpRequestException>();
        server.Statistics.InFlight.Should().Be(0);
        await server.DisposeAsync();
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(0, 5000)]
    public async Task StartAsync_OutOfRangeOptions_Throws(int latencyMs, int maxParallel)
    {
        var options = new StandInServerOptions { Latency = TimeSpan.FromMilliseconds(latencyMs), MaxParallel = maxParallel };

        var act = () => StandInServer.StartAsync(options, Token);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task StartAsync_DuplicateModelNames_Throws()
    {
        var options = new StandInServerOptions { Models = [new StandInModel("a:1"), new StandInModel("A:1")] };

        var act = () => StandInServer.StartAsync(options, Token);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*listed twice*");
    }
}
