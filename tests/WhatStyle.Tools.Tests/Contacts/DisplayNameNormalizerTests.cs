using System.Globalization;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Tests.Contacts;

public sealed class DisplayNameNormalizerTests
{
    // Tag characters (U+E0000 block) spelling "gbsct" then the cancel tag: with U+1F3F4 the flag of Scotland.
    private const string ScotlandTags = "\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F";

    [Theory]
    [InlineData("\u202EMom", "Mom")] // RIGHT-TO-LEFT OVERRIDE
    [InlineData("Mom\u202Egnp.exe", "Momgnp.exe")]
    [InlineData("\u2066Mom\u2069", "Mom")] // isolates
    [InlineData("\u2067Mom\u2068 Anna\u2069", "Mom Anna")]
    [InlineData("M\u200Bom", "Mom")] // zero width space
    [InlineData("\u200EMom\u200F", "Mom")] // direction marks
    [InlineData("\uFEFFMom", "Mom")] // byte order mark
    [InlineData("Mo\u00ADm", "Mom")] // soft hyphen
    [InlineData("Mo\u2060m", "Mom")] // word joiner
    [InlineData("Mo\u200Dm", "Mom")] // a joiner between Latin letters joins nothing
    [InlineData("Mo\u200Cm", "Mom")]
    [InlineData("Mom\u061C", "Mom")] // Arabic letter mark
    public void Normalize_InvisibleAndDirectionCharacters_AreRemoved(string name, string expected)
    {
        Assert.Equal(expected, DisplayNameNormalizer.Normalize(name));
    }

    [Theory]
    [InlineData("Mom 👩\u200D👧")] // family: woman, girl
    [InlineData("👨🏽\u200D💻 Dev")] // technologist with a skin tone
    [InlineData("Pride 🏳\uFE0F\u200D🌈")]
    [InlineData("❤\uFE0F\u200D🔥 Lena")]
    [InlineData("🏴\u200D☠\uFE0F crew")]
    [InlineData("🧑\u200D🤝\u200D🧑 Twins")]
    public void Normalize_JoinerInsideAnEmojiSequence_IsKept(string name)
    {
        Assert.Equal(name, DisplayNameNormalizer.Normalize(name));
    }

    [Fact]
    public void Normalize_JoinerBeforeASpaceOrAtTheEnd_IsRemoved()
    {
        Assert.Equal("Mom 👩 👧", DisplayNameNormalizer.Normalize("Mom 👩\u200D 👧"));
        Assert.Equal("Mom 👩", DisplayNameNormalizer.Normalize("Mom 👩\u200D"));
    }

    [Theory]
    [InlineData("می\u200Cخواهم")] // Persian: the non-joiner between letters is spelling
    [InlineData("فاطمه\u200Cزهرا")]
    [InlineData("क्\u200Cष")] // Devanagari: after a virama it stops the conjunct
    [InlineData("क्\u200Dष")] // and a joiner asks for the half form
    public void Normalize_JoinersBetweenLettersOfScriptsThatUseThem_AreKept(string name)
    {
        Assert.Equal(name, DisplayNameNormalizer.Normalize(name));
    }

    [Theory]
    [InlineData("علی\u200C", "علی")]
    [InlineData("\u200Cعلی", "علی")]
    [InlineData("Ali\u200Cعلی", "Aliعلی")]
    public void Normalize_NonJoinerNotBetweenSuchLetters_IsRemoved(string name, string expected)
    {
        Assert.Equal(expected, DisplayNameNormalizer.Normalize(name));
    }

    [Theory]
    [InlineData("محمد عبد الله")]
    [InlineData("שרה כהן")]
    [InlineData("Sara שרה")]
    [InlineData("José Müller")]
    [InlineData("王小明")]
    [InlineData("Дмитрий")]
    public void Normalize_NamesInAnyScript_AreKeptAsTheyAre(string name)
    {
        Assert.Equal(name, DisplayNameNormalizer.Normalize(name));
    }

    [Theory]
    [InlineData("Anna\tMaria\n", "Anna Maria")]
    [InlineData("Bob\u0007", "Bob")]
    [InlineData("A\u0000B", "A B")]
    [InlineData("A\u0085B", "A B")]
    [InlineData("  José   Müller  ", "José Müller")]
    [InlineData("Ana\u00A0\u3000Lu\u2028z", "Ana Lu z")]
    [InlineData("Ana\u3164Luz", "Ana Luz")] // Hangul filler, a "blank" that is not whitespace
    public void Normalize_ControlsAndSpaceRuns_BecomeOneSpaceAndAreTrimmed(string name, string expected)
    {
        Assert.Equal(expected, DisplayNameNormalizer.Normalize(name));
    }

    [Fact]
    public void Normalize_DecomposedAccents_AreComposed()
    {
        Assert.Equal("Jos\u00E9", DisplayNameNormalizer.Normalize("Jose\u0301"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u202E\u2066\u2069")]
    [InlineData("\u3164\u3164")]
    [InlineData("\u2800")]
    [InlineData("\u0001\u0002")]
    [InlineData("\U000E0068\U000E0069")]
    public void Normalize_NothingVisible_IsEmpty(string? name)
    {
        Assert.Equal("", DisplayNameNormalizer.Normalize(name));
    }

    [Fact]
    public void Normalize_SubdivisionFlag_KeepsItsTagsAndOtherTagsGo()
    {
        Assert.Equal("🏴" + ScotlandTags + " Clan", DisplayNameNormalizer.Normalize("🏴" + ScotlandTags + " Clan"));

        // Tags spell invisible ASCII ("ignore"): text a reader cannot see but a model reading the name would.
        Assert.Equal("Mom", DisplayNameNormalizer.Normalize("Mom\U000E0069\U000E0067\U000E006E\U000E006F\U000E0072\U000E0065"));
        Assert.Equal("🏴 Fans", DisplayNameNormalizer.Normalize("🏴\U000E0078\U000E0079\U000E007F Fans"));
    }

    [Fact]
    public void Normalize_LoneSurrogate_DoesNotThrow()
    {
        Assert.Equal("Bo\uFFFDb", DisplayNameNormalizer.Normalize("Bo\uD800b"));
    }

    [Fact]
    public void Normalize_LongName_IsCutAtACharacterBoundaryWithAnEllipsis()
    {
        var family = "👩\u200D👩\u200D👧";

        var letters = DisplayNameNormalizer.Normalize(new string('a', 150));
        var emoji = DisplayNameNormalizer.Normalize(string.Concat(Enumerable.Repeat(family, 120)));

        Assert.Equal(new string('a', DisplayNameNormalizer.MaxLength - 1) + "…", letters);
        Assert.Equal(DisplayNameNormalizer.MaxLength, new StringInfo(emoji).LengthInTextElements);
        Assert.Equal(string.Concat(Enumerable.Repeat(family, DisplayNameNormalizer.MaxLength - 1)) + "…", emoji);
    }

    [Fact]
    public void Normalize_PlainAsciiName_IsReturnedWithoutCopying()
    {
        var name = "Anna Maria";

        Assert.Same(name, DisplayNameNormalizer.Normalize(name));
    }

    [Theory]
    [InlineData("\u202EMom\u200B  👩\u200D👧\t")]
    [InlineData("می\u200Cخواهم \u0007 Jose\u0301")]
    [InlineData("🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F\u200D\u200B x")]
    [InlineData("👩\u200D\u200B👧")]
    public void Normalize_AppliedTwice_ChangesNothingMore(string name)
    {
        var once = DisplayNameNormalizer.Normalize(name);

        Assert.Equal(once, DisplayNameNormalizer.Normalize(once));
    }
}
