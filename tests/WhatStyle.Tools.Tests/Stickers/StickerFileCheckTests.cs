using System.Buffers.Binary;
using System.Text;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Tools.Tests.Stickers;

public sealed class StickerFileCheckTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Problem_TransparentWebp512_IsAccepted()
    {
        var path = TestWebp.Write(_temp.Path, "good.webp", TestWebp.Create());

        Assert.Null(StickerFileCheck.Problem(path));
    }

    [Fact]
    public void Problem_WrongSize_IsRefusedWithTheSize()
    {
        var path = TestWebp.Write(_temp.Path, "small.webp", TestWebp.Create(256, 300));

        Assert.Equal("is 256×300; stickers must be exactly 512×512", StickerFileCheck.Problem(path));
    }

    [Fact]
    public void Problem_TooBig_IsRefusedWithTheLimit()
    {
        var bytes = TestWebp.CreateTooBig();
        Assert.True(bytes.Length > StickerFileCheck.MaxBytes, "the noise image should exceed 100 KB");
        var path = TestWebp.Write(_temp.Path, "big.webp", bytes);

        var problem = StickerFileCheck.Problem(path);

        Assert.NotNull(problem);
        Assert.Contains("at most 100 KB", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_PngBytes_IsNotWebp()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. new byte[40]];
        var path = TestWebp.Write(_temp.Path, "fake.webp", png);

        Assert.Equal("is not a WebP file (no RIFF/WEBP header)", StickerFileCheck.Problem(path));
    }

    [Fact]
    public void Problem_RiffButNotWebp_IsRefused()
    {
        var wav = Encoding.ASCII.GetBytes("RIFF\u0024\0\0\0WAVEfmt ").Concat(new byte[32]).ToArray();

        Assert.Equal("is not a WebP file (no RIFF/WEBP header)", StickerFileCheck.Problem(wav));
    }

    [Fact]
    public void Problem_TruncatedFile_IsRefusedAsTruncated()
    {
        var good = TestWebp.Create();
        var path = TestWebp.Write(_temp.Path, "cut.webp", good[..(good.Length / 2)]);

        var problem = StickerFileCheck.Problem(path);

        Assert.NotNull(problem);
        Assert.StartsWith("is truncated", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_HeaderOnly_IsRefusedAsTruncated()
    {
        var problem = StickerFileCheck.Problem(TestWebp.Create().AsSpan(0, 16));

        Assert.NotNull(problem);
        Assert.StartsWith("is truncated", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_OpaqueBackground_IsRefusedForMissingTransparency()
    {
        var problem = StickerFileCheck.Problem(TestWebp.Create(transparent: false));

        Assert.NotNull(problem);
        Assert.Contains("transparent background", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_AnimatedVp8x_IsRefused()
    {
        var bytes = Vp8x(flags: 0x12, width: 512, height: 512);

        Assert.Equal("is an animated WebP; only static stickers are supported", StickerFileCheck.Problem(bytes));
    }

    [Fact]
    public void Problem_UnknownFirstChunk_NamesIt()
    {
        var bytes = Vp8x(flags: 0x10, width: 512, height: 512);
        Encoding.ASCII.GetBytes("ABCD").CopyTo(bytes, 12);

        Assert.Equal("is not a WebP image: unknown first chunk 'ABCD'", StickerFileCheck.Problem(bytes));
    }

    [Fact]
    public void Problem_MissingFile_SaysSo()
    {
        Assert.Equal("does not exist", StickerFileCheck.Problem(Path.Combine(_temp.Path, "nope.webp")));
    }

    [Fact]
    public void TryRead_HandMadeVp8x_ReadsSizeAndAlpha()
    {
        Assert.True(WebpHeader.TryRead(Vp8x(flags: 0x10, width: 640, height: 480), out var info, out _));

        Assert.Equal(new WebpInfo(640, 480, HasAlpha: true, IsAnimated: false, "VP8X"), info);
    }

    [Fact]
    public void TryRead_LosslessEncoding_ReadsVp8lHeader()
    {
        var lossless = TestWebp.CreateTooBig();

        Assert.True(WebpHeader.TryRead(lossless, out var info, out _));
        Assert.Equal(512, info!.Width);
        Assert.Equal(512, info.Height);
        Assert.True(info.HasAlpha);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A minimal extended-format header (container + VP8X chunk) as in the WebP container spec.</summary>
    private static byte[] Vp8x(byte flags, int width, int height)
    {
        var bytes = new byte[30];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        Encoding.ASCII.GetBytes("WEBPVP8X").CopyTo(bytes, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 10);
        bytes[20] = flags;
        Write24(bytes, 24, width - 1);
        Write24(bytes, 27, height - 1);
        return bytes;
    }

    private static void Write24(byte[] bytes, int offset, int value)
    {
        bytes[offset] = (byte)value;
        bytes[offset + 1] = (byte)(value >> 8);
        bytes[offset + 2] = (byte)(value >> 16);
    }
}
