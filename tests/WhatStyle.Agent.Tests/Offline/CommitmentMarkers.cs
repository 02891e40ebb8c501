using WhatStyle.Agent.Offline;

namespace WhatStyle.Agent.Tests.Offline;

/// <summary>
/// The words by which a reply sent in the owner's name would promise what the owner never said: a time ("soon",
/// "je te dis vite", "melde mich gleich", "já já", "tonight") or a call ("I'll call you", "te llamo"). One list per
/// language, read by every test that looks for such a promise.
/// </summary>
/// <remarks>
/// Words for "later" ("hasta luego", "à plus", "bis später") set no time and are not here; words for "soon" are, even in
/// a goodbye ("Talk soon", "Bis bald"): the owner may not be back for days. Markers match whole words, without case or
/// accents.
/// </remarks>
internal static class CommitmentMarkers
{
    /// <summary>A possible crisis gets "I'm calling you now": only ever a draft the owner reads and approves before it goes.</summary>
    public static IReadOnlySet<OfflineIntent> DraftsOnly { get; } =
        new HashSet<OfflineIntent> { OfflineIntent.Crisis, OfflineIntent.Emergency, OfflineIntent.PetEmergency };

    private static readonly Dictionary<string, Markers> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(
            Time: ["soon", "shortly", "right away", "straight away", "right now", "immediately", "quickly", "in a bit", "in a sec", "in a second",
                "in a minute", "in a moment", "in a few minutes", "later today", "this afternoon", "this evening", "tonight", "tomorrow"],
            Call: ["call you", "calling you", "give you a call", "give you a ring", "ring you", "phone you"],
            // "As soon as I can" says only that the owner will answer; an offer ("shall I call you?") leaves the choice to the contact.
            NotAPromise: ["as soon as I can", "call you?"]),
        ["es"] = new(
            Time: ["pronto", "enseguida", "en seguida", "ahora mismo", "ya mismo", "en un rato", "en un ratito", "en un momento", "en un minuto",
                "en un segundo", "en breve", "dentro de poco", "al rato", "rapidito", "hoy mismo", "esta tarde", "esta noche", "mañana"],
            Call: ["te llamo", "le llamo", "la llamo", "te llamaré", "le llamaré", "llamarte", "llamarle"],
            NotAPromise: ["te llamo?", "le llamo?"]),
        ["fr"] = new(
            Time: ["vite", "bientôt", "tout de suite", "de suite", "rapidement", "sous peu", "d'ici peu", "dans un instant", "dans une minute",
                "dans un moment", "dans pas longtemps", "tout à l'heure", "dans la journée", "cet après-midi", "ce soir", "demain"],
            Call: ["t'appelle", "vous appelle", "t'appellerai", "vous appellerai", "t'appeler", "vous appeler", "coup de fil"],
            NotAPromise: ["t'appelle ?", "t'appelle?", "vous appelle ?", "vous appelle?"]),
        ["de"] = new(
            // "Ich schau kurz" is a quick look now, which the owner, away, cannot take.
            Time: ["gleich", "sofort", "bald", "umgehend", "in Kürze", "demnächst", "kurz", "schnell", "nachher", "heute noch", "heute Nachmittag",
                "heute Abend", "morgen", "in einer Minute", "in einer Sekunde", "in ein paar Minuten"],
            Call: ["ruf dich", "rufe dich", "rufe Sie", "dich anrufen", "Sie anrufen", "dich anzurufen", "Sie anzurufen"],
            NotAPromise: ["so schnell ich kann", "guten Morgen", "dich anrufen?", "Sie anrufen?"]),
        ["pt"] = new(
            Time: ["logo", "já já", "agora mesmo", "em seguida", "daqui a pouco", "daqui a pouquinho", "num instante", "num minuto", "em um minuto",
                "em breve", "rapidinho", "hoje à noite", "hoje à tarde", "mais tarde hoje", "amanhã"],
            Call: ["te ligo", "lhe ligo", "te ligar", "lhe ligar", "vou ligar", "ligo pra você", "ligo para você"],
            NotAPromise: ["te ligo?"]),
    };

    public static IReadOnlyCollection<string> Languages => ByLanguage.Keys;

    /// <summary>The markers of a time promise in <paramref name="text"/>, read as <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> TimePromises(string text, string language) => Found(text, ByLanguage[language].Time, language);

    /// <summary>The markers of a call promise in <paramref name="text"/>, read as <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> CallPromises(string text, string language) => Found(text, ByLanguage[language].Call, language);

    private static List<string> Found(string text, IReadOnlyList<string> markers, string language)
    {
        var normalized = ByLanguage[language].NotAPromise
            .Aggregate(TextMatch.Normalize(text), (t, phrase) => t.Replace(TextMatch.Normalize(phrase), " ", StringComparison.Ordinal));
        return [.. markers.Where(m => TextMatch.ContainsWord(normalized, TextMatch.Normalize(m)))];
    }

    private sealed record Markers(IReadOnlyList<string> Time, IReadOnlyList<string> Call, IReadOnlyList<string> NotAPromise);
}
