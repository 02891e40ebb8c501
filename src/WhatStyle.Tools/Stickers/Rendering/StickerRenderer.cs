using SkiaSharp;
using Svg.Skia;

namespace WhatStyle.Tools.Stickers.Rendering;

/// <summary>Turns SVG artwork into a WhatsApp sticker: 512×512 WebP with a white die-cut outline and a soft shadow.</summary>
/// <remarks>
/// The outline is the art's silhouette stamped around a circle of offsets, which rounds corners the way a
/// die-cut sticker looks (a square dilate kernel would make them boxy). Lossy WebP with alpha keeps files well
/// under 100 KB; the quality steps down only if a file would still be too big.
/// </remarks>
internal static class StickerRenderer
{
    private const int Size = StickerFileCheck.Size;
    private const float Outline = 14f;
    private const float BadgeOutline = 7f;
    private const float ShadowBlur = 5f;
    private const float ShadowOffset = 5f;
    private const int OutlineSteps = 36;

    // Room for outline + shadow on every side, so nothing is clipped at the canvas edge.
    private const float Margin = Outline + (3 * ShadowBlur) + ShadowOffset + 4f;
    private const float BadgeScale = 0.42f;

    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear);

    private static readonly int[] Qualities = [90, 80, 70, 60, 50, 40];

    /// <summary>Renders the main art (and an optional badge, drawn small at the bottom right) to WebP bytes.</summary>
    /// <exception cref="InvalidDataException">An SVG cannot be read, or no quality gets the file under the limit.</exception>
    public static byte[] Render(string mainSvg, string? badgeSvg = null)
    {
        using var main = LoadPicture(mainSvg);
        using var badge = badgeSvg is null ? null : LoadPicture(badgeSvg);

        using var art = Compose(main, badge);
        using var silhouette = Stamp(art, Outline, SKColors.White);
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);

        using (var shadow = new SKPaint())
        {
            shadow.ColorFilter = SKColorFilter.CreateBlendMode(new SKColor(0, 0, 0, 70), SKBlendMode.SrcIn);
            shadow.ImageFilter = SKImageFilter.CreateBlur(ShadowBlur, ShadowBlur);
            canvas.DrawImage(silhouette, 0, ShadowOffset, Sampling, shadow);
        }

        canvas.DrawImage(silhouette, 0, 0, Sampling);
        canvas.DrawImage(art, 0, 0, Sampling);
        canvas.Flush();

        using var image = surface.Snapshot();
        foreach (var quality in Qualities)
        {
            using var data = image.Encode(SKEncodedImageFormat.Webp, quality);
            var bytes = data.ToArray();
            if (bytes.Length <= StickerFileCheck.MaxBytes)
            {
                return bytes;
            }
        }

        throw new InvalidDataException($"{mainSvg} stays above {StickerFileCheck.MaxBytes / 1024} KB even at the lowest quality");
    }

    private static SKPicture LoadPicture(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"artwork {path} not found");
        }

        using var svg = new SKSvg();
        SKPicture? picture;
        try
        {
            picture = svg.Load(path);
        }
        catch (System.Xml.XmlException ex)
        {
            throw new InvalidDataException($"artwork {path} is not a readable SVG: {ex.Message}", ex);
        }

        if (picture is null || picture.CullRect.IsEmpty)
        {
            throw new InvalidDataException($"artwork {path} is not a readable SVG");
        }

        // The SKSvg owns its picture; copy it out so it outlives the loader.
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(picture.CullRect);
        canvas.DrawPicture(picture);
        return recorder.EndRecording();
    }

    private static SKImage Compose(SKPicture main, SKPicture? badge)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);

        var artSize = Size - (2 * Margin);
        DrawFitted(canvas, main, SKRect.Create(Margin, Margin, artSize, artSize));

        if (badge is not null)
        {
            var badgeSize = artSize * BadgeScale;
            var origin = Margin + artSize - badgeSize + (BadgeOutline / 2);
            var badgeRect = SKRect.Create(origin, origin, badgeSize, badgeSize);
            using var badgeArt = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
            badgeArt.Canvas.Clear(SKColors.Transparent);
            DrawFitted(badgeArt.Canvas, badge, badgeRect);
            using var badgeImage = badgeArt.Snapshot();

            // A thin white ring separates the badge from the main art it overlaps.
            using var ring = Stamp(badgeImage, BadgeOutline, SKColors.White);
            canvas.DrawImage(ring, 0, 0, Sampling);
            canvas.DrawImage(badgeImage, 0, 0, Sampling);
        }

        canvas.Flush();
        return surface.Snapshot();
    }

    private static void DrawFitted(SKCanvas canvas, SKPicture picture, SKRect target)
    {
        var bounds = picture.CullRect;
        var scale = Math.Min(target.Width / bounds.Width, target.Height / bounds.Height);
        canvas.Save();
        canvas.Translate(
            target.MidX - (bounds.MidX * scale),
            target.MidY - (bounds.MidY * scale));
        canvas.Scale(scale);
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    /// <summary>The art's silhouette grown by <paramref name="radius"/>, filled with one colour.</summary>
    private static SKImage Stamp(SKImage art, float radius, SKColor color)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        using var paint = new SKPaint { ColorFilter = SKColorFilter.CreateBlendMode(color, SKBlendMode.SrcIn) };
        foreach (var step in Enumerable.Range(0, OutlineSteps))
        {
            var angle = 2 * Math.PI * step / OutlineSteps;
            canvas.DrawImage(art, (float)(radius * Math.Cos(angle)), (float)(radius * Math.Sin(angle)), Sampling, paint);
            canvas.DrawImage(art, (float)(radius / 2 * Math.Cos(angle)), (float)(radius / 2 * Math.Sin(angle)), Sampling, paint);
        }

        canvas.DrawImage(art, 0, 0, Sampling, paint);
        canvas.Flush();
        return surface.Snapshot();
    }
}
