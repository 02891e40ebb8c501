namespace WhatStyle.Tools.Stickers;

/// <summary>What the header of a WebP file says about the image.</summary>
/// <param name="Width">Canvas width in pixels.</param>
/// <param name="Height">Canvas height in pixels.</param>
/// <param name="HasAlpha">True when the image carries an alpha channel (transparency).</param>
/// <param name="IsAnimated">True for animated WebP (a VP8X with the animation flag).</param>
/// <param name="Encoding">The first chunk: "VP8 " (lossy), "VP8L" (lossless) or "VP8X" (extended).</param>
public sealed record WebpInfo(int Width, int Height, bool HasAlpha, bool IsAnimated, string Encoding);
