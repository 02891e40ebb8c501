using WhatStyle.Tools.Text;

namespace WhatStyle.Tools.Tests.Text;

public sealed class DiacriticsTests
{
    [Theory]
    [InlineData("tenía", "tenia")]
    [InlineData("müde", "mude")]
    [InlineData("straße", "strasse")]
    [InlineData("sœur", "soeur")]
    [InlineData("coração", "coracao")]
    [InlineData("Épuisée", "Epuisee")]
    public void StripSpellsWordsAsChatTypesThem(string word, string expected)
    {
        Assert.Equal(expected, Diacritics.Strip(word));
    }

    [Fact]
    public void TheHotPathAgreesWithStripOnEveryLowerCaseLatinLetter()
    {
        // The analyser's allocation-free path and the glossaries' loader must spell a word alike, or a borrowed word is missed.
        var letters = Enumerable.Range('a', 26).Concat(Enumerable.Range(0xDF, 0xFF - 0xDF + 1)).Select(c => (char)c)
            .Where(char.IsLower).Concat(['œ']).ToArray();
        Span<char> buffer = stackalloc char[Diacritics.BufferFor(1)];
        foreach (var letter in letters)
        {
            Assert.Equal(Diacritics.Strip(letter.ToString()), Diacritics.StripLatin([letter], buffer).ToString());
        }
    }
}
