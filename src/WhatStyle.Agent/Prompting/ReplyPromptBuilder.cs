using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Voice;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Prompting;

/// <summary>The system and user messages of one reply, rendered from prompts/reply/*.md.</summary>
/// <param name="System">Persona, style, examples, guidance, group rules and security rules.</param>
/// <param name="User">The delimited incoming message with its tone reading and recent context.</param>
public sealed record ReplyPrompt(string System, string User);

/// <summary>Builds the reply prompt from the files under prompts/reply and the gathered <see cref="ReplyContext"/>.</summary>
/// <param name="phrasebooks">Tells an animal's emergency apart (the offline responder's rule), so its draft gets vet guidance, not the emergency number.</param>
public sealed class ReplyPromptBuilder(PromptLibrary prompts, IOptions<AgentOptions> options, PhrasebookLibrary phrasebooks)
{
    public const string SystemFile = "reply/system.md";
    public const string UserFile = "reply/user.md";
    public const string GroupFile = "reply/group.md";
    public const string CrisisFile = "reply/guidance/crisis.md";

    private readonly AgentOptions _options = options.Value;

    public ReplyPrompt Build(ReplyContext context)
    {
        var variables = Variables(context);
        return new ReplyPrompt(prompts.Get(SystemFile).Render(variables).Trim(), prompts.Get(UserFile).Render(variables).Trim());
    }

    /// <summary>Every variable the code passes to the reply prompt files (public so tests can render each file with exactly these).</summary>
    public IReadOnlyDictionary<string, string> Variables(ReplyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var profile = context.Profile;
        // Style comes from the fingerprint fitted to the voice model's prediction for this message (the same without one).
        var voiced = context.VoicedProfile;
        var owner = _options.OwnerName;
        var addressWords = phrasebooks.Get(context.Language).Address;
        var sender = profile.Contact.DisplayName;
        var v = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["owner_name"] = owner,
            ["contact_name"] = sender,
            ["sender_name"] = sender,
            ["relationship"] = profile.Relationship.ToString().ToLowerInvariant(),
            ["nickname_rule"] = context.Group is null && profile.Settings.Nickname is { Length: > 0 } nick
                ? $"{owner} calls them \"{PromptText.Quote(nick, 40)}\"; use it where it fits."
                : "Address them by name or not at all; no pet names.",
            ["preferred_tone"] = profile.Settings.Tone is { Length: > 0 } tone ? PromptText.Quote(tone, 60) : "not set",
            ["formality"] = PromptText.Formality(context.Group?.Floor == Offline.Register.Formal ? FormalityLabel.Formal : voiced.Formality, addressWords, context.Address),
            ["emoji_rule"] = PromptText.EmojiRule(EffectiveEmoji(context), voiced.Style.TopEmoji),
            ["length_rule"] = PromptText.LengthRule(voiced.Style) + PromptText.VoiceRule(context.Voice),
            ["language"] = PromptText.Language(context.Language),
            ["address_rule"] = PromptText.AddressRule(addressWords, context.Address, context.Group is not null),
            ["habits"] = PromptText.Habits(voiced.Style),
            ["examples"] = Examples(context.SimilarExchanges, context.Message.Text, owner, _options.SimilarExamples),
            ["rejected_replies"] = Rejected(context.RejectedReplies, owner, sender),
            ["conversation_summary"] = context.Conversation is { Summary.Length: > 0 } c ? PromptText.Quote(c.Summary, 400) : "(no earlier messages)",
            ["tone_summary"] = ToneSummary(context.Tone),
            ["recent_messages"] = Recent(context.Conversation, sender, owner),
            ["incoming_text"] = PromptText.Data(context.Message.Text.Trim()),
            ["sender_line"] = context.Group is null
                ? $"Message from {sender}:"
                : $"Message from {sender} in the group \"{PromptText.Quote(context.Group.Name, 60)}\":",
            ["group_name"] = context.Group is null ? string.Empty : PromptText.Quote(context.Group.Name, 60),
            ["group_members"] = context.Group is null ? string.Empty : string.Join(", ", context.Group.Members.Select(m => m.Contact.DisplayName)),
            ["floor_register"] = context.Group?.Floor.ToString().ToLowerInvariant() ?? string.Empty,
            ["crisis_kind"] = context.Tone.Crisis.Kind ?? "none",
            ["crisis_action"] = CrisisAction(context.Tone.Crisis, _options.EmergencyNumber,
                IntentClassifier.IsPetEmergency(context.Message.Text, context.Tone.Crisis, phrasebooks.Get(context.Language), phrasebooks.Get("en"))),
        };

        v["tone_guidance"] = Guidance(context, v);
        v["group_rules"] = context.Group is null ? string.Empty : prompts.Get(GroupFile).Render(v);
        return v;
    }

    /// <summary>The guidance files that apply, in order of importance.</summary>
    public static IReadOnlyList<string> GuidanceFiles(ReplyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = new List<string>();
        if (context.Tone.Crisis.HoldsReply)
        {
            files.Add(CrisisFile);
        }

        if (context.Tone.NeedsSupport)
        {
            files.Add("reply/guidance/support.md");
        }

        if (context.Tone.Urgency.Label == UrgencyLevel.High)
        {
            files.Add("reply/guidance/urgent.md");
        }

        files.Add((context.Group, context.Profile.Relationship, context.Profile.Formality) switch
        {
            ({ Floor: Offline.Register.Formal }, _, _) => "reply/guidance/formal.md",
            (not null, _, _) => "reply/guidance/casual.md",
            (_, Relationship.Partner, _) => "reply/guidance/partner.md",
            (_, Relationship.Parent, _) => "reply/guidance/parent.md",
            (_, _, FormalityLabel.Formal) => "reply/guidance/formal.md",
            _ => "reply/guidance/casual.md",
        });
        return files;
    }

    private string Guidance(ReplyContext context, IReadOnlyDictionary<string, string> variables) =>
        string.Join('\n', GuidanceFiles(context).Select(f => prompts.Get(f).Render(variables).Trim()));

    /// <summary>In a group the most restrictive emoji habit wins; otherwise the contact's policy.</summary>
    internal static EmojiPolicy EffectiveEmoji(ReplyContext context) => context.Group is null
        ? context.VoicedProfile.EmojiPolicy
        : context.Group.Floor == Offline.Register.Formal ? EmojiPolicy.None : (EmojiPolicy)Math.Min((int)context.Profile.EmojiPolicy, (int)EmojiPolicy.Light);

    /// <summary>The replies the owner turned down for this contact, as a section of what not to write; empty when none.</summary>
    internal static string Rejected(IReadOnlyList<string> rejected, string owner, string contact) => rejected.Count == 0
        ? string.Empty
        : $"\n## Replies {owner} rejected for {contact} (never write anything like these)\n"
            + string.Join('\n', rejected.Select(r => $"- \"{PromptText.Quote(r, 160)}\"")) + "\n";

    private static string Examples(IReadOnlyList<SimilarExchange> all, string incoming, string owner, int count)
    {
        // A past reply with a fact of its own day (a weekday, a time, a place) would be copied into today's answer. More
        // exchanges are fetched than shown (the offline responder chooses its own words from them): the best few are shown.
        var exchanges = all.Where(e => !StaleFacts.HasAny(e.Reply, incoming)).Take(count).ToList();
        if (exchanges.Count == 0)
        {
            return "(none yet)";
        }

        var builder = new StringBuilder();
        foreach (var e in exchanges)
        {
            // A reply to someone else (memory's global fallback) comes without their message or name.
            if (e.Global)
            {
                builder.Append(CultureInfo.InvariantCulture, $"- To a similar message from someone else, {owner} replied: \"{PromptText.Quote(e.Reply)}\"\n");
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"- They wrote: \"{PromptText.Quote(e.Incoming)}\" → {owner} replied: \"{PromptText.Quote(e.Reply)}\"\n");
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static string Recent(ConversationContext? conversation, string sender, string owner)
    {
        if (conversation is null || conversation.Recent.Count == 0)
        {
            return "(none)";
        }

        // A group's history names each message's sender; a one-to-one history has one.
        return string.Join('\n', conversation.Recent.TakeLast(8).Select(m =>
            $"- {(m.Direction == MessageDirection.Incoming ? conversation.Senders?.GetValueOrDefault(m.ContactId) ?? sender : owner)}: {PromptText.Quote(m.Text)}"));
    }

    private static string ToneSummary(ToneAnalysis tone)
    {
        var flags = (tone.NeedsSupport ? ", needs support" : string.Empty) + (tone.Sarcasm.Detected ? ", probably sarcastic" : string.Empty)
            + (tone.Crisis.HoldsReply ? $", {Lower(tone.Crisis.Level)} crisis ({tone.Crisis.Kind})" : string.Empty);
        return string.Create(CultureInfo.InvariantCulture,
            $"{IntentText(tone.Intent)}; {Lower(tone.Sentiment.Label)} ({tone.Sentiment.Score:0.00}), emotion {Lower(tone.Emotion.Label)}, intensity {tone.Intensity:0.00}, {Lower(tone.Formality.Label)}, urgency {Lower(tone.Urgency.Label)}{flags}, language {tone.Language}");
    }

    /// <summary>What the reply must do for this intent, as the first words of the tone line.</summary>
    internal static string IntentText(MessageIntent intent) => intent switch
    {
        MessageIntent.Question => "a question (answer it only with what you know from this chat; otherwise say you will check)",
        MessageIntent.Request => "a request (say you will look at it and get back to them; promise nothing you cannot know)",
        MessageIntent.Invitation => "an invitation (a warm tentative yes, or say you will check and confirm)",
        MessageIntent.GoodNews => "good news (congratulate them)",
        MessageIntent.BadNews => "bad news (sympathy first)",
        MessageIntent.Praise => "praise (thank them, modestly)",
        MessageIntent.Thanks => "thanks (a gracious you're welcome)",
        MessageIntent.Apology => "an apology (accept it kindly)",
        MessageIntent.Condolence => "a condolence (thank them for their kindness)",
        MessageIntent.Greeting => "a greeting",
        MessageIntent.Farewell => "a goodbye",
        _ => "chit-chat",
    };

    /// <summary>
    /// Where there is danger or a person's medical emergency, the draft names the local emergency number; an animal's
    /// emergency (<paramref name="pet"/>) gets the vet and presence instead, as the offline responder answers it.
    /// </summary>
    internal static string CrisisAction(CrisisReading crisis, string emergencyNumber, bool pet) => crisis.Kind switch
    {
        "medical" when pet => "- It is an animal's emergency: do not mention the emergency number. Say you are here and calling them now, and help them get to a vet (an emergency vet if theirs is closed).",
        "danger" or "medical" or "abuse" => $"- If they are in danger or it is an emergency, tell them plainly to call {emergencyNumber} now, and that you are on your way or calling.",
        "self-harm" => $"- Do not argue or minimise. Ask if they are safe right now, and if they are in immediate danger, say you will call {emergencyNumber} with them.",
        _ => string.Empty,
    };

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
