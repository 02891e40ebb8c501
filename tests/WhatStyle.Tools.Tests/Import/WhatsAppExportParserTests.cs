using WhatStyle.Tools.Import;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Import;

public sealed class WhatsAppExportParserTests
{
    [Fact]
    public void ParseFile_AndroidGerman24h_ReadsMessagesAndLocalisedMedia()
    {
        var result = Parse("android_de-DE_24h_without_media.txt");

        Assert.True(result.DayFirst);
        Assert.Single(result.SystemLines);
        Assert.Empty(result.Unreadable);
        Assert.Collection(
            result.Messages,
            m => AssertMessage(m, "Alice Example", new DateTime(2023, 12, 31, 21, 41, 0), "Hallo zusammen", ParsedMessageKind.Text),
            m => AssertMessage(m, "Bob Example", new DateTime(2023, 12, 31, 21, 42, 0), MessagePlaceholders.Media, ParsedMessageKind.Media));
    }

    [Fact]
    public void ParseFile_AndroidEnGbWithMedia_ReadsCaptionsDocumentsLocationAndGroupLines()
    {
        var result = Parse("android_en-GB_24h_with_media.txt");

        Assert.Equal(4, result.SystemLines.Count);
        Assert.Equal("Trip 2024", result.SystemLines.Select(WhatsAppExportParser.GroupNameFrom).First(n => n is not null));
        Assert.Empty(result.Unreadable);
        Assert.Collection(
            result.Messages,
            m => AssertMessage(m, "Alice Example", new DateTime(2023, 12, 31, 21, 41, 0), "[media] Look at this view!", ParsedMessageKind.Media),
            m => AssertMessage(m, "Bob Example", new DateTime(2023, 12, 31, 21, 41, 0), MessagePlaceholders.Media, ParsedMessageKind.Media),
            m => AssertMessage(m, "Bob Example", new DateTime(2023, 12, 31, 21, 42, 0), MessagePlaceholders.Media, ParsedMessageKind.Media),
            m => AssertMessage(m, "Bob Example", new DateTime(2023, 12, 31, 21, 43, 0), MessagePlaceholders.Media, ParsedMessageKind.Media),
            m => AssertMessage(m, "Alice Example", new DateTime(2023, 12, 31, 21, 44, 0), MessagePlaceholders.Location, ParsedMessageKind.Location));
    }

    [Fact]
    public void ParseFile_AndroidEnUs12hNarrowSpace_ReadsMonthFirstMultiLineDeletedEditedAndNumbers()
    {
        var result = Parse("android_en-US_12h_without_media.txt");

        Assert.False(result.DayFirst);
        Assert.Single(result.SystemLines);
        Assert.Empty(result.Unreadable);
        Assert.Equal(7, result.Messages.Count);
        AssertMessage(result.Messages[0], "Alice Example", new DateTime(2023, 1, 4, 19, 5, 0), "Hey, are we still on for tomorrow?", ParsedMessageKind.Text);
        AssertMessage(result.Messages[2], "Bob Example", new DateTime(2023, 1, 4, 19, 6, 0), "Yes! Here's the plan:\n1. Meet at 9\n2. Coffee first\n\n3. Then the museum", ParsedMessageKind.Text);
        AssertMessage(result.Messages[3], "+1 555-0100", new DateTime(2023, 12, 31, 21, 41, 0), "Happy new year 🎉", ParsedMessageKind.Text);
        AssertMessage(result.Messages[4], "Alice Example", new DateTime(2023, 12, 31, 21, 42, 0), MessagePlaceholders.Deleted, ParsedMessageKind.Deleted);
        AssertMessage(result.Messages[5], "Bob Example", new DateTime(2023, 12, 31, 21, 43, 0), "See you at 10", ParsedMessageKind.Text);
        Assert.True(result.Messages[5].Edited);
        AssertMessage(result.Messages[6], "Alice Example", new DateTime(2023, 12, 31, 23, 59, 0), MessagePlaceholders.ViewOnce, ParsedMessageKind.ViewOnce);
    }

    [Fact]
    public void ParseFile_AndroidSpanishDottedAmPmWithNoBreakSpaces_ReadsAfternoonTimes()
    {
        var result = Parse("android_es_12h_dotted_ampm.txt");

        Assert.Collection(
            result.Messages,
            m => AssertMessage(m, "Alice Example", new DateTime(2023, 12, 31, 21, 41, 0), "Hola", ParsedMessageKind.Text),
            m => AssertMessage(m, "Bob Example", new DateTime(2023, 12, 31, 21, 42, 0), MessagePlaceholders.Media, ParsedMessageKind.Media));
    }

    [Fact]
    public void ParseFile_IosEnGb24h_ReadsSecondsMarksAttachmentsAndChatNamedSystemLines()
    {
        var result = Parse("ios_en-GB_24h_with_media.txt");

        Assert.Equal(2, result.SystemLines.Count);
        Assert.Equal("Trip 2024", WhatsAppExportParser.GroupNameFrom(result.SystemLines[1]));
        Assert.Empty(result.Unreadable);
        Assert.Equal(6, result.Messages.Count);
        AssertMessage(result.Messages[0], "Alice Example", new DateTime(2023, 12, 31, 21, 41, 5), "Look at this view!", ParsedMessageKind.Text);
        AssertMessage(result.Messages[1], "Alice Example", new DateTime(2023, 12, 31, 21, 41, 6), MessagePlaceholders.Media, ParsedMessageKind.Media);
        AssertMessage(result.Messages[4], "Bob Example", new DateTime(2023, 12, 31, 21, 43, 10), "Multi-line\nmessage body", ParsedMessageKind.Text);
        AssertMessage(result.Messages[5], "Alice Example", new DateTime(2023, 12, 31, 21, 44, 0), MessagePlaceholders.Deleted, ParsedMessageKind.Deleted);
    }

    [Fact]
    public void ParseFile_IosEnUs12h_ReadsOmittedMediaAndMidnight()
    {
        var result = Parse("ios_en-US_12h_without_media.txt");

        Assert.False(result.DayFirst);
        Assert.Single(result.SystemLines);
        Assert.Equal(6, result.Messages.Count);
        AssertMessage(result.Messages[0], "Alice Example", new DateTime(2023, 12, 31, 21, 41, 5), "Hi Bob", ParsedMessageKind.Text);
        Assert.All(result.Messages.Skip(1).Take(4), m => Assert.Equal(ParsedMessageKind.Media, m.Kind));
        AssertMessage(result.Messages[5], "Bob Example", new DateTime(2024, 1, 1, 0, 0, 10), "Happy new year!", ParsedMessageKind.Text);
    }

    [Fact]
    public void ParseFile_PusturSample_InfersMonthFirstFromWholeFile()
    {
        var path = SharedData.RequirePath("fixtures/whatsapp/exports/pustur_short-chat.txt");

        var result = WhatsAppExportParser.ParseFile(path);

        Assert.Equal(2, result.SystemLines.Count);
        Assert.Equal(["Sample User", "TestBot", "+410123456789"], result.Messages.Select(m => m.Author));
        Assert.Equal(new DateTime(2017, 9, 4, 1, 50, 0), result.Messages[2].Timestamp);
        Assert.Equal("How are you?\nIs everything alright?", result.Messages[2].Text);
    }

    [Fact]
    public void Parse_UnreadableLines_AreReportedWithLineNumbersAndSkipped()
    {
        string[] lines =
        [
            "garbage before the chat",
            "12/01/2024, 10:00 - Ann: one",
            "45/01/2024, 10:01 - Ann: bad date",
            "13/01/2024, 25:10 - Ann: bad hour",
            "14/01/2024, 10:02 - Me: two",
        ];

        var result = WhatsAppExportParser.Parse(lines);

        Assert.Equal([1, 3, 4], result.Unreadable.Select(u => u.LineNumber));
        Assert.Equal(["one", "two"], result.Messages.Select(m => m.Text));
    }

    [Fact]
    public void Parse_AmbiguousDates_DayOrderFollowsWhichReadingGoesForward()
    {
        string[] lines = ["06/03/2021, 10:00 - A: x", "08/05/2021, 10:00 - A: y", "09/04/2021, 10:00 - A: z"];

        var result = WhatsAppExportParser.Parse(lines);

        Assert.False(result.DayFirst);
        Assert.Equal(new DateTime(2021, 9, 4, 10, 0, 0), result.Messages[2].Timestamp);
    }

    [Fact]
    public void Parse_AmbiguousDatesOnlyDayChanges_DayIsThePositionThatChanges()
    {
        string[] lines = ["01/03/2021, 10:00 - A: x", "02/03/2021, 10:00 - A: y", "01/03/2021, 11:00 - A: z", "03/03/2021, 10:00 - A: w"];

        Assert.True(WhatsAppExportParser.Parse(lines).DayFirst);
    }

    [Fact]
    public void Parse_SubjectWithColon_IsASystemLine()
    {
        string[] lines = ["01/03/2021, 10:00 - Alice changed the subject to \"Plans: June\""];

        var result = WhatsAppExportParser.Parse(lines);

        Assert.Empty(result.Messages);
        Assert.Equal("Plans: June", WhatsAppExportParser.GroupNameFrom(Assert.Single(result.SystemLines)));
    }

    [Fact]
    public void Parse_AuthorsAndSubjectWithInvisibleCharacters_AreReadAsShown()
    {
        string[] lines =
        [
            "01/03/2021, 10:00 - Alice created group \"\u202ETrip\u200B  2024\"",
            "01/03/2021, 10:01 - \u2066Bob\u2069\u00A0Example\u0007: hi",
            "01/03/2021, 10:02 - Fatemeh \u0641\u0627\u0637\u0645\u0647\u200C\u0632\u0647\u0631\u0627: salam",
            "01/03/2021, 10:03 - \u200B\u3164: nothing visible wrote this",
        ];

        var result = WhatsAppExportParser.Parse(lines);

        Assert.Equal("Trip 2024", WhatsAppExportParser.GroupNameFrom(result.SystemLines[0]));
        Assert.Equal(["Bob Example", "Fatemeh \u0641\u0627\u0637\u0645\u0647\u200C\u0632\u0647\u0631\u0627"], result.Messages.Select(m => m.Author));
        Assert.Equal(2, result.SystemLines.Count);
    }

    private static ExportParseResult Parse(string fileName) =>
        WhatsAppExportParser.ParseFile(Path.Combine(AppContext.BaseDirectory, "Import", "Exports", fileName));

    private static void AssertMessage(ParsedMessage message, string author, DateTime timestamp, string text, ParsedMessageKind kind)
    {
        Assert.Equal(author, message.Author);
        Assert.Equal(timestamp, message.Timestamp);
        Assert.Equal(text, message.Text);
        Assert.Equal(kind, message.Kind);
    }
}
