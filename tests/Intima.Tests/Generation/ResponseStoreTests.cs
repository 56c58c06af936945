using Intima.Generation;
using Intima.Models;

namespace Intima.Tests.Generation;

public sealed class ResponseStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "intima-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static StoredResponse Response(string key, string text) =>
        new(key, "grief-00000000", "m", null, new GenerationSettings(), "prompt", text, "stop", 3, 5, 12.5);

    [Fact]
    public void Write_ThenTryRead_RoundTrips()
    {
        var store = new ResponseStore(_directory);
        var response = Response(new string('a', 64), "Hello <b>\u001b[31m\u202e");

        store.Write(response);

        store.TryRead(response.Key).Should().BeEquivalentTo(response);
        Directory.GetFiles(Path.Combine(_directory, "responses")).Should().ContainSingle("no temp file is left behind");
    }

    [Fact]
    public void TryRead_Missing_ReturnsNull() => new ResponseStore(_directory).TryRead(new string('b', 64)).Should().BeNull();

    [Fact]
    public void TryRead_CorruptFile_ReturnsNull()
    {
        var store = new ResponseStore(_directory);
        var key = new string('c', 64);
        File.WriteAllText(Path.Combine(_directory, "responses", key + ".json"), "{\"key\": \"cc");

        store.TryRead(key).Should().BeNull();
    }

    [Fact]
    public async Task LockAsync_HeldKey_WaitsUntilReleased()
    {
        var store = new ResponseStore(_directory);
        var key = new string('d', 64);
        var first = await store.LockAsync(key, TestContext.Current.CancellationToken);

        var second = store.LockAsync(key, TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(100, TestContext.Current.CancellationToken);
        second.IsCompleted.Should().BeFalse("the key is held");

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public void Constructor_KeyNotHex_IsRejected() =>
        FluentActions.Invoking(() => new ResponseStore(_directory).TryRead("../../etc/passwd")).Should().Throw<ArgumentException>();
}
