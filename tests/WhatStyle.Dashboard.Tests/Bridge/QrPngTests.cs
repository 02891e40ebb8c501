using WhatStyle.Dashboard.Bridge;

namespace WhatStyle.Dashboard.Tests.Bridge;

public sealed class QrPngTests
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADElEQVR4nGNg+A+EAAYAAf+T0eSJAAAAAElFTkSuQmCC";

    [Fact]
    public void IsValid_APng_True() => Assert.True(QrPng.IsValid(Convert.FromBase64String(Png)));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("{\"count\":0}")]
    [InlineData("")]
    public void IsValid_NotAPng_False(string text) => Assert.False(QrPng.IsValid(System.Text.Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void IsValid_SignatureWithoutHeaderChunk_False()
    {
        var bytes = Convert.FromBase64String(Png);
        bytes[12] = (byte)'X'; // "IHDR" broken

        Assert.False(QrPng.IsValid(bytes));
    }

    [Fact]
    public void IsValid_LargerThanTheLimit_False()
    {
        var bytes = new byte[QrPng.MaxBytes + 1];
        Convert.FromBase64String(Png).CopyTo(bytes, 0);

        Assert.False(QrPng.IsValid(bytes));
    }

    [Theory]
    [InlineData("data:image/png;base64," + Png)]
    [InlineData(Png)]
    public void FromBase64_DataUriOrBare_GivesThePng(string text) =>
        Assert.Equal(Convert.FromBase64String(Png), QrPng.FromBase64(text));

    [Theory]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("not base64 at all")]
    [InlineData("PHNjcmlwdD4=")] // "<script>" in base64
    [InlineData(null)]
    public void FromBase64_NotABase64Png_Null(string? text) => Assert.Null(QrPng.FromBase64(text));
}
