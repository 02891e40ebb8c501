using BenchmarkDotNet.Attributes;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Benchmarks.Stickers;

/// <summary>One sticker choice over the shipped starter pack, for a contact with a full history window (50 sends).</summary>
[MemoryDiagnoser]
public class StickerSelectorBenchmarks
{
    private LiteDatabase _database = null!;
    private StickerSelector _selector = null!;
    private byte[] _sticker = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = Options.Create(new StickerOptions());
        var catalog = new StickerCatalog(options, NullLogger<StickerCatalog>.Instance);
        _database = new LiteDatabase(new MemoryStream());
        var history = new LiteDbStickerHistory(_database);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 50; i++)
        {
            var sticker = catalog.All[i % catalog.All.Count];
            history.RecordAsync(new StickerUse("brother", sticker.Id, start.AddMinutes(i))).GetAwaiter().GetResult();
        }

        _selector = new StickerSelector(catalog, history, TimeProvider.System, options);
        _sticker = File.ReadAllBytes(catalog.Find("hug-warm")!.FilePath);
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();

    [Benchmark]
    public Task<Sticker?> SelectWithHistory() =>
        _selector.SelectAsync(new StickerRequest(Emotion.Sadness, Relationship.Sibling, 0.8, "brother"));

    [Benchmark]
    public Task<Sticker?> SelectWithoutContact() =>
        _selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend, 0.6));

    [Benchmark]
    public string? CheckStickerFile() => StickerFileCheck.Problem(_sticker);
}
