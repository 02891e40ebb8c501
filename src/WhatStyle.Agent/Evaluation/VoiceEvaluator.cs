using Microsoft.Extensions.Options;
using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Import;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Evaluation;

/// <summary>
/// Measures how much a reply sounds like the owner: imports the first 80% of a chat (in time order) into a fresh
/// memory, then answers every contact message in the last 20% that the owner answered, with three systems, and
/// compares each answer with the owner's real one by style distance and by meaning.
/// </summary>
/// <remarks>The services must point at an empty data directory: the evaluation writes the training part into it.</remarks>
public sealed class VoiceEvaluator(
    IChatImporter importer,
    IContactDirectory contacts,
    IConversationMemory memory,
    IToneAnalyzer tone,
    IOfflineResponder responder,
    IOptions<AgentOptions> agentOptions,
    VoiceTrainer? voiceTrainer = null,
    VoiceModels? voiceModels = null,
    IEmbeddingBacklog? embeddings = null)
{
    /// <summary>Share of the chat's messages, in time order, learned from.</summary>
    public const double TrainShare = 0.8;

    /// <summary>An owner message later than this after the contact's counts as a new topic, not a reply.</summary>
    private static readonly TimeSpan ReplyWindow = TimeSpan.FromHours(12);

    public async Task<(VoiceEvaluation Result, IReadOnlyList<VoiceSample> Samples)> EvaluateAsync(string exportPath, string me, Relationship? relationship, string workDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(exportPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(me);
        var lines = await File.ReadAllLinesAsync(exportPath, cancellationToken);
        var parsed = WhatsAppExportParser.Parse(lines);
        var meKey = ContactIdentity.Parse(me).Key;
        bool IsOwner(ParsedMessage m) => ContactIdentity.Parse(m.Author).Key == meKey;
        var ordered = parsed.Messages.OrderBy(m => m.Timestamp).ThenBy(m => m.LineNumber).ToList();
        if (!ordered.Any(IsOwner))
        {
            throw new ImportException($"'{me}' wrote nothing in {Path.GetFileName(exportPath)}; pass --me with the owner's name as the export spells it.");
        }

        if (ordered.Select(m => m.Author).Where(a => ContactIdentity.Parse(a).Key != meKey).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            throw new ImportException("eval voice reads a one-to-one chat (the owner and one contact); this export has another number of authors.");
        }

        var cut = (int)(ordered.Count * TrainShare);
        var trainLines = ordered[..cut].Select(m => m.LineNumber).ToHashSet();
        var trainFile = Path.Combine(workDirectory, Path.GetFileName(exportPath));
        await File.WriteAllLinesAsync(trainFile, TrainPart(lines, parsed, trainLines), cancellationToken);
        var imported = await importer.ImportAsync(new ImportRequest(trainFile, me) { Relationship = relationship }, cancellationToken: cancellationToken);
        // An import leaves its history waiting for its meaning (a running host embeds it in the background): here it is
        // embedded at once, so the replies are measured with memory by meaning.
        if (embeddings is not null)
        {
            await embeddings.EmbedPendingAsync(cancellationToken: cancellationToken);
        }

        var profile = await contacts.FindAsync(imported.Contacts[0], cancellationToken)
            ?? throw new InvalidOperationException("The imported contact was not found.");
        var blank = new ContactProfile(profile.Contact, new ContactSettings { Relationship = profile.Settings.Relationship }, StyleFingerprint.Empty);

        // The owner's voice model learns from the same 80% (there are no drafts in an export): the full system uses it.
        var trained = voiceTrainer is null ? null : await voiceTrainer.TrainAsync(force: true, cancellationToken);
        var model = trained is { Trained: true } ? voiceModels?.Current : null;

        var samples = new List<VoiceSample>();
        var fromMemory = 0;
        foreach (var (incoming, actual) in Pairs(ordered[cut..], IsOwner))
        {
            var reading = tone.Analyze(incoming);
            var similar = await memory.FindSimilarExchangesAsync(profile.Contact.Id, incoming, agentOptions.Value.SimilarToFetch, cancellationToken);
            var baseline = responder.Respond(new OfflineRequest { Text = incoming, Profile = blank, Tone = reading, OwnVoice = false });
            var fingerprint = responder.Respond(new OfflineRequest { Text = incoming, Profile = profile, Tone = reading, OwnVoice = false });
            var withoutModel = responder.Respond(new OfflineRequest { Text = incoming, Profile = profile, Tone = reading, SimilarExchanges = similar });
            var voice = model?.Predict(VoiceInput.From(profile.Contact.Id, incoming, reading));
            var personalised = voice is null ? withoutModel
                : responder.Respond(new OfflineRequest { Text = incoming, Profile = profile, Tone = reading, SimilarExchanges = similar, Voice = voice });
            fromMemory += personalised.FromMemory ? 1 : 0;
            samples.Add(new VoiceSample(incoming, actual, baseline.Text, fingerprint.Text, personalised.Text) { WithoutModel = withoutModel.Text });
        }

        if (samples.Count == 0)
        {
            throw new ImportException("The last 20% of the chat holds no reply of the owner to compare with; use a longer export.");
        }

        var result = new VoiceEvaluation(
            samples.Count,
            Score(samples, s => s.Baseline),
            Score(samples, s => s.Fingerprint),
            Score(samples, s => s.Personalised),
            Math.Round((double)fromMemory / samples.Count, 3),
            profile.Contact.DisplayName,
            "offline")
        {
            WithoutModel = Score(samples, s => s.WithoutModel),
            VoiceModel = model is null ? null : new VoiceModelInfo(model.Version, trained!.Manifest!.TotalExamples),
        };
        return (result, samples);
    }

    /// <summary>The export's lines up to the cut: the header lines, and every line of a message learned from.</summary>
    private static IEnumerable<string> TrainPart(string[] lines, ExportParseResult parsed, HashSet<int> trainLines)
    {
        // A message owns the lines from its header to the next header; system lines stay (they may name a group).
        var starts = parsed.Messages.Select(m => m.LineNumber).Concat(parsed.SystemLines.Select(s => s.LineNumber)).Order().ToList();
        var system = parsed.SystemLines.Select(s => s.LineNumber).ToHashSet();
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            if (!trainLines.Contains(start) && !system.Contains(start))
            {
                continue;
            }

            var end = i + 1 < starts.Count ? starts[i + 1] - 1 : lines.Length;
            for (var line = start; line <= end; line++)
            {
                yield return lines[line - 1];
            }
        }
    }

    /// <summary>Each owner text reply and the contact's text messages (up to three) since the owner last wrote.</summary>
    private static IEnumerable<(string Incoming, string Actual)> Pairs(List<ParsedMessage> test, Func<ParsedMessage, bool> isOwner)
    {
        var run = new List<ParsedMessage>();
        foreach (var message in test)
        {
            if (!isOwner(message))
            {
                if (message.Kind == ParsedMessageKind.Text)
                {
                    run.Add(message);
                }
                else
                {
                    run.Clear(); // media breaks a thread, as in memory's exchanges
                }

                continue;
            }

            if (run.Count > 0 && message.Kind == ParsedMessageKind.Text && message.Timestamp - run[^1].Timestamp <= ReplyWindow)
            {
                yield return (string.Join('\n', run.TakeLast(3).Select(m => m.Text)), message.Text);
            }

            run.Clear();
        }
    }

    private static VoiceScore Score(List<VoiceSample> samples, Func<VoiceSample, string> pick)
    {
        var distances = samples.Select(s => StyleDistance.Between(pick(s), s.Actual)).ToList();
        var style = distances.Average(d => d.Total);
        var components = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["length"] = distances.Average(d => d.Length),
            ["emojiRate"] = distances.Average(d => d.EmojiRate),
            ["emojiChoice"] = distances.Average(d => d.EmojiChoice),
            ["capitalisation"] = distances.Average(d => d.Capitalisation),
            ["punctuation"] = distances.Average(d => d.Punctuation),
            ["shorthand"] = distances.Average(d => d.Shorthand),
            ["language"] = distances.Average(d => d.Language),
            ["greeting"] = distances.Average(d => d.Greeting),
            ["signOff"] = distances.Average(d => d.SignOff),
        };
        var generated = SentenceEmbedding(samples.Select(pick));
        var actual = SentenceEmbedding(samples.Select(s => s.Actual));
        var similarity = generated.Zip(actual, (g, a) => VectorMath.Cosine(g, a)).Average();
        return new VoiceScore(Math.Round(style, 4), Math.Round(similarity, 4), components.ToDictionary(c => c.Key, c => Math.Round(c.Value, 3), StringComparer.Ordinal));
    }

    private static float[][] SentenceEmbedding(IEnumerable<string> texts) => SentenceEmbeddingGenerator.EmbedBatch([.. texts]);
}
