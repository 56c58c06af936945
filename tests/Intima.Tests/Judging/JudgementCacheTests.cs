using Intima.Judging;

namespace Intima.Tests.Judging;

public sealed class JudgementCacheTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "intima-tests", "cache-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static Judgement Sample() => Judgement.FromLevels(
        "llm:m/rubric-1",
        new Dictionary<SubLabel, LabelLevel> { [SubLabel.Retention] = LabelLevel.High },
        [new Evidence(SubLabel.Retention, "I'm always here \"for you\"", "invitation")]);

    [Fact]
    public async Task WriteThenRead_RoundTripsTheJudgement()
    {
        var cache = new JudgementCache(directory);
        var key = JudgementCache.Key(["a", "b"]);

        await cache.WriteAsync(key, Sample(), Token);
        var read = await cache.TryReadAsync(key, Token);

        read.Should().BeEquivalentTo(Sample());
        Directory.GetFiles(directory).Should().Equal(Path.Combine(cache.Directory, key + ".json"));
    }

    [Fact]
    public async Task Write_Twice_OverwritesAndLeavesNoTempFiles()
    {
        var cache = new JudgementCache(directory);
        var key = JudgementCache.Key(["x"]);
        var other = Sample() with { Judge = "llm:other/rubric-1" };

        await cache.WriteAsync(key, Sample(), Token);
        await cache.WriteAsync(key, other, Token);

        (await cache.TryReadAsync(key, Token))!.Judge.Should().Be("llm:other/rubric-1");
        Directory.GetFiles(directory).Should().ContainSingle();
    }

    [Fact]
    public async Task Write_Unjudged_StoresNothing()
    {
        var cache = new JudgementCache(directory);
        var key = JudgementCache.Key(["x"]);

        await cache.WriteAsync(key, Judgement.Unjudged("llm:m/rubric-1", "garbage"), Token);

        (await cache.TryReadAsync(key, Token)).Should().BeNull();
    }

    [Fact]
    public async Task TryRead_CorruptFile_IsAMiss()
    {
        var cache = new JudgementCache(directory);
        var key = JudgementCache.Key(["x"]);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, key + ".json"), "{ not json", Token);

        (await cache.TryReadAsync(key, Token)).Should().BeNull();
    }

    [Fact]
    public void Key_LengthPrefixesParts() =>
        JudgementCache.Key(["ab", "c"]).Should().NotBe(JudgementCache.Key(["a", "bc"])).And.MatchRegex("^[0-9a-f]{64}$");

    [Fact]
    public async Task TryRead_KeyThatIsNotAHash_Throws()
    {
        var cache = new JudgementCache(directory);

        var read = async () => await cache.TryReadAsync("../../etc/passwd", Token);

        await read.Should().ThrowAsync<ArgumentException>();
    }
}
