using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Tools.Tests.Voice.Model;

/// <summary>
/// A data directory with one contact (Jake) and the owner's history with him: 30 answers to "are you coming tonight?",
/// a third short without emoji, a third medium and a third long with one, so the model starts undecided and every
/// decided draft can move it.
/// </summary>
internal sealed class VoiceScenario : IAsyncDisposable
{
    public const string Question = "are you coming tonight?";

    private readonly TempDataDirectory _directory;
    private int _drafts;

    private VoiceScenario(TempDataDirectory directory, ServiceProvider services)
    {
        _directory = directory;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public string DataDirectory => _directory.Path;

    public string ContactId { get; private set; } = "";

    public VoiceTrainer Trainer => Services.GetRequiredService<VoiceTrainer>();

    public VoiceModels Models => Services.GetRequiredService<VoiceModels>();

    public VoiceModelStore Store => Services.GetRequiredService<VoiceModelStore>();

    public static async Task<VoiceScenario> CreateAsync(int history = 30, CancellationToken cancellationToken = default)
    {
        var directory = new TempDataDirectory();
        var services = directory.BuildServices(
            new Dictionary<string, string?> { ["Voice:MinExamples"] = "10", ["Voice:ReloadInterval"] = "00:00:00" },
            new FakeToneAnalyzer());
        var scenario = new VoiceScenario(directory, services);
        var jake = await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jake", cancellationToken);
        scenario.ContactId = jake.Contact.Id;
        var start = new DateTimeOffset(2026, 10, 1, 18, 0, 0, TimeSpan.Zero);
        var messages = new List<ConversationMessage>();
        for (var i = 0; i < history; i++)
        {
            var at = start.AddDays(i);
            messages.Add(new ConversationMessage($"in{i}", jake.Contact.Id, null, MessageDirection.Incoming, Question, at));
            var reply = (i % 3) switch
            {
                0 => "ok see you",
                1 => "yes I'll be there around eight, see you later 😊",
                _ => "Yes of course I'm coming tonight, I'll leave work a bit early and should be there around eight, can't wait 😊",
            };
            messages.Add(new ConversationMessage($"out{i}", jake.Contact.Id, null, MessageDirection.Outgoing, reply, at.AddMinutes(2)));
        }

        await services.GetRequiredService<IConversationMemory>().RecordManyAsync(messages, cancellationToken);
        return scenario;
    }

    /// <summary>Writes <paramref name="count"/> drafts answering the question, and decides each.</summary>
    public async Task DecideAsync(int count, string text, DraftStatus decision, string? edited = null, CancellationToken cancellationToken = default)
    {
        var drafts = Services.GetRequiredService<IDraftStore>();
        for (var i = 0; i < count; i++)
        {
            var id = $"d{++_drafts}";
            await drafts.AddAsync(new Draft { Id = id, Contact = "Jake", Chat = "Jake", IncomingText = Question, Text = text, CreatedAt = DateTimeOffset.UnixEpoch }, cancellationToken);
            _ = decision switch
            {
                DraftStatus.Approved => await drafts.ApproveAsync(id, edited, cancellationToken),
                DraftStatus.Rejected => await drafts.RejectAsync(id, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(decision)),
            };
        }
    }

    /// <summary>Retrains and predicts the reply to the question.</summary>
    public async Task<VoicePrediction> TrainAndPredictAsync(CancellationToken cancellationToken)
    {
        var result = await Trainer.TrainAsync(force: true, cancellationToken);
        Assert.True(result.Trained, result.Reason);
        return Predict()!;
    }

    public VoicePrediction? Predict() => Models.Predict(VoiceInput.From(ContactId, Question, new FakeToneAnalyzer().Analyze(Question)));

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _directory.Dispose();
    }
}
