namespace WhatStyle.Tools.Memory;

/// <summary>
/// Walks one conversation in time order and pairs the contact's messages with the owner's reply: the run of up
/// to three incoming messages since the owner last wrote, answered within the reply window; up to three owner
/// messages in a row (each within ten minutes) form the reply. Also yields each owner message's response delay.
/// </summary>
internal sealed class ExchangeBuilder(TimeSpan replyWindow)
{
    private const int MaxRun = 3;
    private static readonly TimeSpan FollowUpWindow = TimeSpan.FromMinutes(10);

    private readonly List<ConversationMessage> _pending = [];
    private readonly List<OpenExchange> _drafts = [];
    private OpenExchange? _open;
    private ConversationMessage? _last;

    /// <summary>Replays messages that are already stored, so a new message continues the conversation's state.</summary>
    public void Replay(IEnumerable<ConversationMessage> earlier)
    {
        foreach (var message in earlier)
        {
            Step(message, emit: false);
        }

        _open = null; // a stored exchange is never extended: its reply is final
    }

    /// <summary>Adds a new message; returns the delay since the contact's message it answers, for an owner message that directly follows one.</summary>
    public TimeSpan? Add(ConversationMessage message) => Step(message, emit: true);

    /// <summary>The exchanges the new messages formed (without vectors).</summary>
    public IEnumerable<(string Id, string Incoming, string Reply, DateTimeOffset Timestamp)> Exchanges =>
        _drafts.Select(d => (d.Id, d.Incoming, string.Join('\n', d.Replies), d.Timestamp));

    private TimeSpan? Step(ConversationMessage message, bool emit)
    {
        TimeSpan? delay = null;
        if (MessagePlaceholders.StartsWithPlaceholder(message.Text) || string.IsNullOrWhiteSpace(message.Text))
        {
            // Media and deleted messages break the thread: a reply to a photo is not a reply to the text before it.
            _pending.Clear();
            _open = null;
        }
        else if (message.Direction == MessageDirection.Outgoing && message.WrittenByWhatStyle)
        {
            // A reply WhatStyle wrote answered the pending messages, but it is not the owner's example of how to answer
            // them: no exchange, and an owner's follow-up is not glued to it either.
            _pending.Clear();
            _open = null;
        }
        else if (message.Direction == MessageDirection.Incoming)
        {
            _open = null;
            if (_pending.Count > 0 && message.Timestamp - _pending[^1].Timestamp > replyWindow)
            {
                _pending.Clear();
            }

            _pending.Add(message);
            if (_pending.Count > MaxRun)
            {
                _pending.RemoveAt(0);
            }
        }
        else
        {
            if (_last is { Direction: MessageDirection.Incoming } previous && !MessagePlaceholders.StartsWithPlaceholder(previous.Text))
            {
                delay = message.Timestamp - previous.Timestamp;
            }

            if (_pending.Count > 0 && message.Timestamp - _pending[^1].Timestamp <= replyWindow)
            {
                _open = new OpenExchange("x_" + _pending[^1].Id, string.Join('\n', _pending.Select(p => p.Text)), [message.Text], message.Timestamp);
                if (emit)
                {
                    _drafts.Add(_open);
                }

                _pending.Clear();
            }
            else if (_open is not null && _open.Replies.Count < MaxRun && message.Timestamp - _open.Timestamp <= FollowUpWindow)
            {
                _open.Replies.Add(message.Text);
            }
            else
            {
                _open = null;
            }
        }

        _last = message;
        return delay;
    }

    private sealed record OpenExchange(string Id, string Incoming, List<string> Replies, DateTimeOffset Timestamp);
}
