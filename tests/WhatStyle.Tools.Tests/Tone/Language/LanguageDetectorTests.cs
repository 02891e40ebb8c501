using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("hey, what are you doing tonight?", "en", "word:")]
    [InlineData("hola, ¿qué tal? estoy muy cansada", "es", "word:")]
    [InlineData("salut, je suis très fatigué aujourd'hui", "fr", "word:")]
    [InlineData("hallo, ich bin heute sehr müde", "de", "word:")]
    [InlineData("oi, tudo bem? estou com saudades de você", "pt", "word:")]
    [InlineData("Привет, как дела?", "ru", "script:cyrillic")]
    [InlineData("こんにちは、元気ですか", "ja", "script:kana")]
    public void Analyze_Message_DetectsLanguageWithACue(string text, string code, string cuePrefix)
    {
        var analysis = AnalyzerFixture.Analyzer.Analyze(text);

        Assert.Equal(code, analysis.Language);
        Assert.Contains(analysis.Cues, c => c.Dimension == "language" && c.Signal.StartsWith(cuePrefix, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("¡Feliz cumpleaños!", "es")]
    [InlineData("Straße", "de")]
    [InlineData("não", "pt")]
    public void Analyze_TellTaleLetters_DecideShortMessages(string text, string code)
    {
        Assert.Equal(code, AnalyzerFixture.Analyzer.Analyze(text).Language);
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("12345")]
    public void Analyze_NoLanguageEvidence_IsUndetermined(string text)
    {
        Assert.Equal("und", AnalyzerFixture.Analyzer.Analyze(text).Language);
    }

    [Theory]
    [InlineData("estoy muy triste hoy", Emotion.Sadness)]
    [InlineData("je suis tellement heureux, merci", Emotion.Joy)]
    [InlineData("ich liebe dich", Emotion.Love)]
    [InlineData("estou com muita raiva", Emotion.Anger)]
    public void Analyze_OtherLanguages_ReadFeelingsFromTheLexicon(string text, Emotion emotion)
    {
        Assert.Equal(emotion, AnalyzerFixture.Analyzer.Analyze(text).Emotion.Label);
    }
}
