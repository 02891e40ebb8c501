using System.Text.RegularExpressions;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Import;

/// <summary>Recognises media placeholders, attachments, deleted and edited markers (English, German, Spanish and others) in message bodies.</summary>
internal static partial class MessageBody
{
    private static readonly string[] DeletedTexts =
    [
        "this message was deleted", "you deleted this message", "diese nachricht wurde gelöscht", "du hast diese nachricht gelöscht",
        "se eliminó este mensaje", "eliminaste este mensaje", "ce message a été supprimé", "vous avez supprimé ce message",
        "questo messaggio è stato eliminato", "essa mensagem foi apagada", "dit bericht is verwijderd",
    ];

    private static readonly string[] CallTexts = ["missed voice call", "missed video call", "verpasster sprachanruf", "verpasster videoanruf", "llamada perdida", "videollamada perdida"];

    /// <summary>Classifies a message body and returns the text to store.</summary>
    public static (string Text, ParsedMessageKind Kind, bool Edited) Classify(string body)
    {
        // iOS writes a U+200E mark before the texts it generates ("‎image omitted"), never before what people type.
        var generated = body.TrimStart().StartsWith('\u200E');
        var text = StripMarks(body).Trim();
        var edited = false;
        var editMatch = EditedSuffix().Match(text);
        if (editMatch.Success)
        {
            edited = true;
            text = text[..editMatch.Index].TrimEnd();
        }

        var lower = text.ToLowerInvariant().TrimEnd('.');
        if (DeletedTexts.Contains(lower, StringComparer.Ordinal))
        {
            return (MessagePlaceholders.Deleted, ParsedMessageKind.Deleted, edited);
        }

        if (lower == "null")
        {
            return (MessagePlaceholders.ViewOnce, ParsedMessageKind.ViewOnce, edited);
        }

        if (CallTexts.Contains(lower, StringComparer.Ordinal))
        {
            return (MessagePlaceholders.Call, ParsedMessageKind.Call, edited);
        }

        if (lower.Contains("maps.google.com/?q=", StringComparison.Ordinal) || lower.StartsWith("live location shared", StringComparison.Ordinal))
        {
            return (MessagePlaceholders.Location, ParsedMessageKind.Location, edited);
        }

        var lines = text.Split('\n');
        var first = lines[0].Trim();
        if (AngleOmitted().IsMatch(first) || IosOmitted().IsMatch(first) || (generated && LocalOmitted().IsMatch(first)) || AttachedIos().IsMatch(first) || AttachedAndroid().Match(first) is { Success: true })
        {
            var caption = string.Join('\n', lines.Skip(1)).Trim();
            var fileName = AttachedAndroid().Match(first) is { Success: true } attached ? attached.Groups["name"].Value : null;

            // Android repeats a document's name on the next line; that is not a caption.
            if (fileName is not null && caption.Length > 0 && fileName.StartsWith(caption, StringComparison.OrdinalIgnoreCase))
            {
                caption = "";
            }

            return (caption.Length == 0 ? MessagePlaceholders.Media : MessagePlaceholders.Media + " " + caption, ParsedMessageKind.Media, edited);
        }

        return (text, ParsedMessageKind.Text, edited);
    }

    /// <summary>Removes direction marks (U+200E and friends) that WhatsApp puts before media and system texts.</summary>
    public static string StripMarks(string text) =>
        text.IndexOfAny(['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\uFEFF']) < 0
            ? text
            : string.Concat(text.Where(c => c is not ('\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\uFEFF')));

    // "<Media omitted>", "<Medien ausgelassen>", "<Multimedia omitido>": Android puts every localisation in angle brackets.
    // iOS: "image omitted", "itinerary • 2 pages document omitted", "Bild weggelassen", "imagen omitida".
    [GeneratedRegex(@"^<[^<>:]{3,40}>$", RegexOptions.CultureInvariant)]
    private static partial Regex AngleOmitted();

    [GeneratedRegex(@"^((image|video|audio|sticker|GIF|Contact card) omitted|.+ document omitted)$", RegexOptions.CultureInvariant)]
    private static partial Regex IosOmitted();

    [GeneratedRegex(@"\b(omitted|weggelassen|omitid[oa]|omis[e]?|omess[oa]|weggelaten)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LocalOmitted();

    [GeneratedRegex(@"^<attached: [^>]+>$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachedIos();

    [GeneratedRegex(@"^(?<name>[\w\-. ]+\.\w{2,5}) \((file attached|Datei angehängt|archivo adjunto|fichier joint)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AttachedAndroid();

    [GeneratedRegex(@"\s*<(This message was edited|Diese Nachricht wurde bearbeitet|Se editó este mensaje\.?|Ce message a été modifié)>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditedSuffix();
}
