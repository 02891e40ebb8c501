using System.Text.RegularExpressions;
using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Prompting;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>
/// Turns a model's draft into a reply the owner would send: no assistant tells or quotes, nothing unsafe, nothing
/// about other contacts, the incoming language, the owner's "you" (tu or vous), emoji policy and typical length. A draft
/// that cannot be saved is rejected, and the agent sends the offline reply instead.
/// </summary>
public sealed partial class ReplyPostProcessor(SafetyRules rules, PhrasebookLibrary languages)
{
    private static readonly char[] Quotes = ['"', '“', '”', '«', '»', '„', '\'', '`'];

    /// <param name="draft">The model's text.</param>
    /// <param name="context">The conversation being answered.</param>
    /// <param name="otherContacts">Names and aliases of every other contact the owner has (never mentioned in a reply).</param>
    public PostProcessResult Process(string? draft, ReplyContext context, IReadOnlyCollection<string> otherContacts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(otherContacts);
        var changes = new List<string>();
        var text = (draft ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return PostProcessResult.Reject("empty", changes);
        }

        if (rules.IsRefusal(text))
        {
            return PostProcessResult.Reject("refusal", changes);
        }

        text = StripPreambleAndQuotes(text, changes);
        var allowed = AllowedNames(context);
        var sentences = Sentences(text).Where(sentence => Keep(sentence, allowed, otherContacts, changes)).ToList();
        text = string.Join(' ', sentences).Trim();
        if (text.Length == 0)
        {
            return PostProcessResult.Reject("nothing left after removing assistant tells and other contacts", changes);
        }

        var violation = rules.Violation(text);
        if (violation is not null)
        {
            return PostProcessResult.Reject($"unsafe ({violation})", changes);
        }

        if (WrongLanguage(text, context.Language) is { } other)
        {
            return PostProcessResult.Reject($"answered in {other}, not {context.Language}", changes);
        }

        // Tu to someone the owner says vous to (or Sie to a father) is not the owner's voice, and not a word to cut: the
        // offline reply, written in the right form, goes instead.
        if (AddressFit.Against(text, context.Language, context.Address, context.Group is not null) is { } said)
        {
            var words = languages.Get(context.Language).Address;
            return PostProcessResult.Reject($"said {AddressName(said, words)}, not {AddressName(context.Address, words)}", changes);
        }

        // The voice model's length for this message, when it is sure, cuts closer than the contact's usual maximum.
        var maxLength = Math.Min(StyleEnforcer.MaxLength(context.VoicedProfile), VoiceStyle.MaxLength(context.Voice) ?? StyleEnforcer.HardMaxLength);
        var styled = StyleEnforcer.EnforceEmoji(
            StyleEnforcer.TrimToLength(text, maxLength),
            ReplyPromptBuilder.EffectiveEmoji(context), favourites: []);
        if (styled != text)
        {
            changes.Add("fitted to emoji policy and typical length");
        }

        // Read the message as the offline responder does: its emoji rules hold for a model's draft too.
        var intent = IntentClassifier.Classify(context.Message.Text, context.Tone, languages.Get(context.Language), languages.Get("en"));
        var mood = MoodOf(context, intent, styled);
        var fitting = NoEmoji(context, intent) ? EmojiText.Cap(styled, 0) : EmojiFit.WithoutUnfitting(styled, mood);
        if (fitting != styled)
        {
            changes.Add("emoji fitted to the reply's mood");
            styled = fitting;
        }

        // The owner's habits with this person (case, shorthand, punctuation); a group reply keeps the model's own.
        styled = context.Group is null ? OwnerHabits(styled, context, mood, changes) : styled;

        return new PostProcessResult(styled, null, changes);
    }

    /// <summary>
    /// What the draft does, read from the message it answers as the offline responder reads it; a message that needs
    /// support or may be a crisis is solemn whatever its intent, and a formal contact gets no more than plain.
    /// </summary>
    private static ReplyMood MoodOf(ReplyContext context, OfflineIntent intent, string draft)
    {
        if (context.Tone.NeedsSupport || context.Tone.Crisis.HoldsReply)
        {
            return ReplyMood.Solemn;
        }

        return EmojiFit.MoodOf(intent, context.Message.Text, draft, context.VoicedProfile.Formality == Tools.Tone.FormalityLabel.Formal);
    }

    /// <summary>A possible crisis, a death and a condolence get no emoji at all (prompts/reply/guidance/crisis.md, the offline responder's rule).</summary>
    private static bool NoEmoji(ReplyContext context, OfflineIntent intent) =>
        context.Tone.Crisis.HoldsReply
        || intent is OfflineIntent.Grief or OfflineIntent.Condolence or OfflineIntent.Crisis or OfflineIntent.Emergency or OfflineIntent.PetEmergency;

    private static string OwnerHabits(string text, ReplyContext context, ReplyMood mood, List<string> changes)
    {
        var fitted = HabitEnforcer.Apply(text, context.VoicedProfile.Style, mood);
        if (fitted != text)
        {
            changes.Add("written in the owner's habits");
        }

        return fitted;
    }

    private string StripPreambleAndQuotes(string text, List<string> changes)
    {
        // Bold markers first: "**Here is my reply:**" is a preamble once they are gone.
        text = text.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
        text = rules.PreambleMatcher.Strip(text, out var stripped);
        if (stripped)
        {
            changes.Add("dropped preamble");
        }

        if (text.Length >= 2 && Quotes.Contains(text[0]) && Quotes.Contains(text[^1]))
        {
            text = text[1..^1].Trim();
            changes.Add("dropped surrounding quotes");
        }

        return text;
    }

    private bool Keep(string sentence, IReadOnlyCollection<string> allowed, IReadOnlyCollection<string> others, List<string> changes)
    {
        if (rules.IsAssistantTell(sentence))
        {
            changes.Add("dropped assistant tell");
            return false;
        }

        var normalized = TextMatch.Normalize(sentence);
        var named = others
            .Where(name => name.Length >= 3 && !allowed.Contains(name))
            .Any(name => TextMatch.ContainsWord(normalized, TextMatch.Normalize(name)));
        if (named || PhoneNumber().IsMatch(sentence))
        {
            changes.Add("dropped a sentence about another contact");
            return false;
        }

        return true;
    }

    /// <summary>The person answered, and in a group everyone present, may be named.</summary>
    private static HashSet<string> AllowedNames(ReplyContext context)
    {
        var people = context.Group?.Members.Append(context.Profile) ?? [context.Profile];
        return people
            .SelectMany(p => p.Contact.Aliases.Append(p.Contact.DisplayName).Append(p.Contact.Id))
            .Concat(context.Profile.Settings.Nickname is { } nick ? [nick] : [])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private string? WrongLanguage(string text, string expected)
    {
        if (!languages.Supports(expected))
        {
            return null;
        }

        // Only a clear case counts (two or more stop words of another language, none of the expected one): a short
        // "ok 👍" or a borrowed word must not throw a good reply away.
        var scores = languages.Scores(text);
        var best = scores.MaxBy(s => s.Value);
        return best.Value >= 2 && scores.GetValueOrDefault(expected) == 0 ? best.Key : null;
    }

    private static string AddressName(AddressForm form, AddressWords? words) =>
        (form == AddressForm.Familiar ? words?.Familiar : words?.Polite) ?? form.ToString().ToLowerInvariant();

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"(?<=[.!?…])\s+|\r?\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\+?\d[\d \-]{7,}\d")]
    private static partial Regex PhoneNumber();
}
