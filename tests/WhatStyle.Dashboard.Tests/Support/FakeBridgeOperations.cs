using WhatStyle.Dashboard.Bridge;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Dashboard.Tests.Support;

/// <summary>A bridge stand-in: what the dashboard asks and what it asked for.</summary>
internal sealed class FakeBridgeOperations : IBridgeOperations
{
    public bool IsLive { get; set; } = true;

    public ChannelStatus Status { get; set; } = new("cloud", false, null, null, null, "sending normally");

    public List<ProviderState> ProviderStates { get; } = [];

    public List<BridgeDeadLetter> Letters { get; } = [];

    public List<(string Id, DeadLetterAction Action)> Actions { get; } = [];

    public List<string> Notes { get; } = [];

    public Task<ChannelStatus> ChannelAsync(CancellationToken cancellationToken) => Task.FromResult(Status);

    public Task<IReadOnlyList<ProviderState>> ProvidersAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ProviderState>>([.. ProviderStates]);

    public Task<IReadOnlyList<BridgeDeadLetter>> DeadLettersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BridgeDeadLetter>>([.. Letters]);

    public Task<string> ActOnDeadLetterAsync(string id, DeadLetterAction action, CancellationToken cancellationToken)
    {
        Actions.Add((id, action));
        Letters.RemoveAll(l => l.Id == id);
        return Task.FromResult($"{action} {id}");
    }

    public Task<bool> SendNoteToSelfAsync(string alertId, string text, CancellationToken cancellationToken)
    {
        Notes.Add(text);
        return Task.FromResult(true);
    }
}
