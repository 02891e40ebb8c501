using SkiaSharp;

namespace WhatStyle.Tools.Tests.Stickers;

/// <summary>Makes real WebP files for the format tests, so no binary fixture has to live in the repository.</summary>
internal static class TestWebp
{
    /// <summary>A circle on a transparent (or white) background, encoded as lossy WebP.</summary>
    public static byte[] Create(int width = 512, int height = 512, bool transparent = true)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(transparent ? SKColors.Transparent : SKColors.White);
        using var paint = new SKPaint { Color = SKColors.Orange, IsAntialias = true };
        surface.Canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        return Encode(surface, quality: 80);
    }

    /// <summary>Seeded noise with transparency, encoded losslessly: far above 100 KB.</summary>
    public static byte[] CreateTooBig()
    {
        var random = new Random(42);
        using var bitmap = new SKBitmap(new SKImageInfo(512, 512, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var pixels = new byte[512 * 512 * 4];
        random.NextBytes(pixels);
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Webp, 100);
        return data.ToArray();
    }

    /// <summary>Writes a file and returns its path.</summary>
    public static string Write(string directory, string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Encode(SKSurface surface, int quality)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Webp, quality);
        return data.ToArray();
    }
}
