using System.Net;
using System.Net.Sockets;
using System.Text;
using Intima.Configuration;
using Intima.Models;

namespace Intima.Tests.Models;

public sealed class ModelPreflightTests
{
    [Theory]
    [InlineData(ModelProvider.Ollama, "Ollama's REST API")]
    [InlineData(ModelProvider.OpenAI, "an OpenAI-compatible API")]
    public async Task CheckAsync_ServerThatIsNotTheApi_SaysSoInOneMessage(ModelProvider provider, string api)
    {
        // A plain web server on loopback that answers every request with an HTML page.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var serving = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var socket = await listener.AcceptSocketAsync(stop.Token);
                var buffer = new byte[8192];
                await socket.ReceiveAsync(buffer, stop.Token);
                var body = "<html><body>It works!</body></html>";
                var reply = $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
                await socket.SendAsync(Encoding.ASCII.GetBytes(reply), stop.Token);
            }
        }, TestContext.Current.CancellationToken);
        try
        {
            var address = new Uri(provider == ModelProvider.Ollama ? $"http://127.0.0.1:{port}" : $"http://127.0.0.1:{port}/v1");
            var connection = new ModelConnection(provider, address, "m", null, TimeSpan.FromSeconds(5));

            var act = () => ModelPreflight.CheckAsync(connection, TestContext.Current.CancellationToken);

            (await act.Should().ThrowAsync<PreflightException>()).Which.Message.Should().Contain("answered, but not with " + api);
        }
        finally
        {
            await stop.CancelAsync();
            listener.Stop();
            await serving.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    [Fact]
    public async Task CheckAsync_NothingListening_NamesUrlAndOllamaServe()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connection = new ModelConnection(ModelProvider.Ollama, new Uri($"http://127.0.0.1:{port}"), "m", null, TimeSpan.FromSeconds(5));

        var act = () => ModelPreflight.CheckAsync(connection, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<PreflightException>()).Which.Message.Should().Contain($"http://127.0.0.1:{port}/").And.Contain("ollama serve");
    }
}
