using WhatStyle.Cli.Terminal;

namespace WhatStyle.Cli.Tests.Terminal;

public sealed class CellWidthTests
{
    [Theory]
    [InlineData("ok", 2)]
    [InlineData("❤️", 2)]          // U+2764 + VS16: emoji presentation, two columns
    [InlineData("❤", 1)]           // U+2764 alone: text presentation
    [InlineData("😞", 2)]
    [InlineData("👨‍👩‍👧", 2)]         // ZWJ family: one picture
    [InlineData("👍🏽", 2)]          // skin tone
    [InlineData("🇩🇪", 2)]          // flag
    [InlineData("1️⃣", 2)]          // keycap
    [InlineData("e\u0301", 1)]     // e + combining acute
    [InlineData("日本", 4)]
    [InlineData("miss u ❤️", 9)]
    public void Of_TextWithEmojiAndWideCharacters_CountsDisplayColumns(string text, int columns) =>
        Assert.Equal(columns, CellWidth.Of(text));

    [Fact]
    public void Fit_LongerThanTheColumns_CutsWholeClustersAndSaysSo()
    {
        var fitted = CellWidth.Fit("ab👨‍👩‍👧cd", 4);

        Assert.Equal("ab…", fitted);
        Assert.True(CellWidth.Of(fitted) <= 4);
    }
}
