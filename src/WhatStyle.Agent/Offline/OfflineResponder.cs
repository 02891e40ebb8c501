using Microsoft.Extensions.Options;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Offline;

/// <summary>Answers without any model: the last link of the provider chain, so no message is left unanswered.</summary>
public interface IOfflineResponder
{
    /// <summary>Never throws for any valid request; an unknown language gets an English reply.</summary>
    OfflineReply Respond(OfflineRequest request);
}

/// <summary>
/// Picks a phrasing by intent × register × language from the phrasebooks, in the owner's style; prefers the owner's
/// own earlier reply to a very similar message. Deterministic: the same message gets the same reply.
/// </summary>
/// <param name="toneAnalyzer">
/// Reads the owner's earlier messages the way the new one was read, so "the same kind of message" means the same
/// intent (an invitation with no keyword is still an invitation); without it, keywords alone compare them.
/// </param>
internal sealed class OfflineResponder(PhrasebookLibrary library, IOptions<OfflineResponderOptions> options, IToneAnalyzer? toneAnalyzer = null) : IOfflineResponder
{
    private readonly OfflineResponderOptions _options = options.Value;

    public OfflineReply Respond(OfflineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Tu or vous is how the owner stands with this person, not the mood of one message: read before the voice model's
        // prediction changes the formality a colleague's default follows.
        var contactAddress = AddressFor(request.Profile, request.AddressFloor);
        // The voice model's prediction for this message fits the contact's style to it (emoji, length, formality).
        request = request.Voice is null ? request : request with { Profile = VoiceStyle.Apply(request.Profile, request.Voice) };
        var language = LanguageOf(request);
        var book = library.Get(language);
        var address = book.Address is null ? AddressForm.Familiar : contactAddress;
        var register = RegisterFor(request.Profile, request.RegisterFloor, address);
        var intent = IntentClassifier.Classify(request.Text, request.Tone, book, library.Get("en"));

        // A group is not the place for a reply written to this person alone: only reuse memory one-to-one. A crisis never
        // gets an old reply: what the owner once said to a similar message is not what this moment needs.
        var crisis = intent is OfflineIntent.Crisis or OfflineIntent.Emergency or OfflineIntent.PetEmergency;
        // Sad news, grief and a crisis get no new emoji, no sign-off kisses.
        var solemn = intent is OfflineIntent.BadNews or OfflineIntent.Urgent or OfflineIntent.Grief or OfflineIntent.Condolence or OfflineIntent.Crisis or OfflineIntent.Emergency or OfflineIntent.PetEmergency;
        var remembered = request.RegisterFloor is null && !crisis && request.OwnVoice
            ? OwnWords.Pick(request.Text, intent, request.SimilarExchanges, _options.SimilarReplyThreshold, EarlierIntent(request, book))
            : null;
        if (remembered is not null)
        {
            // Their own words, held to their usual habits (a rare capitalised "Talk tomorrow." reads as "talk tomorrow"). The
            // emoji that one reply happened to carry are one draw of a habit: they get their usual emoji, except for sad news.
            var reply = remembered.Reply.Trim();
            var mood = EmojiFit.MoodOf(intent, request.Text, reply);
            var own = HabitEnforcer.Apply(StyleEnforcer.Apply(reply, request.Profile, allowEmojiPadding: false), request.Profile.Style, mood);
            // A reply the owner wrote to someone else, or before they changed the address, may say tu where vous is due.
            if (!Rejected(request, own) && AddressFit.Against(own, language, address, group: false) is null)
            {
                return new OfflineReply(own, intent, language, register, FromMemory: true, address);
            }
        }

        var phrasings = book.PhrasingsFor(intent, register, address);
        // The stable choice first, then the others in order: a phrasing the owner rejected for this contact is not given again.
        var start = (int)(StableHash.Of($"{request.MessageId}|{request.Text}") % (uint)phrasings.Count);
        string? fallback = null;
        string? otherLength = null;
        for (var i = 0; i < phrasings.Count; i++)
        {
            var text = Write(phrasings[(start + i) % phrasings.Count], request, book, register, address, intent, solemn);
            fallback ??= text;
            if (Rejected(request, text))
            {
                continue;
            }

            // With a prediction, the first phrasing of the predicted length wins; another length only if none is.
            if (request.Voice is null || VoiceLabels.BucketOf(text.Length) == request.Voice.Length)
            {
                return new OfflineReply(text, intent, book.Language, register, FromMemory: false, address);
            }

            otherLength ??= text;
        }

        if (otherLength is not null)
        {
            return new OfflineReply(otherLength, intent, book.Language, register, FromMemory: false, address);
        }

        // Every phrasing was rejected once: the stable one stands (the owner still decides on a draft).
        return new OfflineReply(fallback!, intent, book.Language, register, FromMemory: false, address);
    }

    private static string Write(string phrasing, OfflineRequest request, Phrasebook book, Register register, AddressForm address, OfflineIntent intent, bool solemn)
    {
        // Pet names are for one-to-one chats; in front of a group the contact is not "babe".
        var nickname = request.RegisterFloor is null ? request.Profile.Settings.Nickname : null;
        var text = PhraseFiller.Fill(phrasing, book, register, nickname, request.Text, address).Replace("{emergency}", request.EmergencyNumber, StringComparison.Ordinal);

        // Formal replies carry no emoji whatever the learned rate says; sad news, grief and a crisis get none at all.
        var padding = register != Register.Formal && !solemn;
        text = register == Register.Formal || (solemn && intent is not OfflineIntent.BadNews) ? EmojiText.Cap(text, 0) : text;
        // Only favourites that fit what the reply does are added: no 😂 on "I'll look at it", no 🍕 on bad news.
        var mood = EmojiFit.MoodOf(intent, request.Text, text, register == Register.Formal);
        text = StyleEnforcer.Apply(text, request.Profile, padding, mood);
        // The template in the owner's own voice: their case, shorthand, punctuation and emoji.
        return request.OwnVoice ? HabitEnforcer.Apply(text, request.Profile.Style, mood) : text;
    }

    /// <summary>Whether the owner rejected this text for the contact (compared without case, spacing or end punctuation).</summary>
    private static bool Rejected(OfflineRequest request, string text) =>
        request.Rejected.Count > 0 && request.Rejected.Any(r => string.Equals(Normal(r), Normal(text), StringComparison.OrdinalIgnoreCase));

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', '?', '…', ' ');

    /// <summary>
    /// How an earlier message is read for comparison: by the tone analyser when the new message had a reading and one is
    /// there (both read alike), else by the phrasebook's keywords alone.
    /// </summary>
    private EarlierReading EarlierIntent(OfflineRequest request, Phrasebook book)
    {
        var english = library.Get("en");
        return request.Tone is not null && toneAnalyzer is not null
            ? new EarlierReading(t => IntentClassifier.Classify(t, toneAnalyzer.Analyze(t), book, english), SameReading: true)
            : new EarlierReading(t => IntentClassifier.Classify(t, null, book, english), SameReading: false);
    }

    /// <summary>The tone reading's language when a phrasebook has it, else a stop-word guess, else the contact's usual language.</summary>
    private string LanguageOf(OfflineRequest request)
    {
        if (library.Supports(request.Tone?.Language))
        {
            // One or two words say little about a language: "yo" is Spanish to the analyser and a greeting from an English
            // friend. When the contact's own language knows the words, answer in it.
            var usual = request.Profile.Language;
            return !string.Equals(usual, request.Tone!.Language, StringComparison.OrdinalIgnoreCase) && library.Supports(usual) && KnownShortMessage(request.Text, library.Get(usual))
                ? usual
                : request.Tone.Language;
        }

        var guessed = library.Guess(request.Text);
        if (guessed is not null)
        {
            return guessed;
        }

        return library.Supports(request.Profile.Language) ? request.Profile.Language : "en";
    }

    /// <summary>True for a message of at most two words that one of <paramref name="book"/>'s keywords covers.</summary>
    private static bool KnownShortMessage(string text, Phrasebook book)
    {
        var normalized = TextMatch.Normalize(text);
        return TextMatch.Words(normalized).Count() <= 2
            && Enum.GetValues<OfflineIntent>().Any(i => book.KeywordsFor(i).Any(k => TextMatch.ContainsWord(normalized, TextMatch.Normalize(k))));
    }

    /// <summary>The contact's address, or polite when the group's floor is: in front of someone addressed with vous, nobody gets tu.</summary>
    internal static AddressForm AddressFor(ContactProfile profile, AddressForm? floor) =>
        floor == AddressForm.Polite ? AddressForm.Polite : profile.Address;

    /// <summary>
    /// The register of a reply that says "you" as <paramref name="address"/>: formal for whoever the owner addresses
    /// politely (there are no casual or warm phrasings with vous or Sie, and a sticker or a pile of emoji does not go with
    /// one either), else the contact's own, at least <paramref name="floor"/>.
    /// </summary>
    internal static Register RegisterFor(ContactProfile profile, Register? floor, AddressForm address) =>
        address == AddressForm.Polite ? Register.Formal : RegisterFor(profile, floor);

    /// <summary>The contact's own register (warm for a partner, formal for a formal contact, casual otherwise), at least <paramref name="floor"/>.</summary>
    internal static Register RegisterFor(ContactProfile profile, Register? floor)
    {
        var own = profile.Relationship == Relationship.Partner ? Register.Warm
            : profile.Formality == Tools.Tone.FormalityLabel.Formal ? Register.Formal
            : Register.Casual;

        // Enum order runs from most to least formal, so the floor is a minimum.
        return floor is { } f ? (Register)Math.Min((int)own, (int)f) : own;
    }
}
