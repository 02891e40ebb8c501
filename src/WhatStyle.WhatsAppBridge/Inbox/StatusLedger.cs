using WhatStyle.Tools.Events;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;
using WhatStyle.WhatsAppBridge.Telemetry;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>Tracks the best status of each outgoing message and confirms outbox items from status webhooks.</summary>
internal sealed class StatusLedger(IBridgeState state, Outbox outbox, BridgeMetrics metrics, ILogger<StatusLedger> logger, BridgeEvents? events = null)
{
    public void Apply(StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var rank = StatusRank.Of(update.Status);
        if (rank == 0)
        {
            logger.LogWarning("Stored unknown status '{Status}' for {MessageId}.", update.Status, update.MessageId);
        }

        // Across bridges (PostgreSQL) the read locks the row: two bridges applying statuses of one message never downgrade it.
        var best = state.Atomically(() => Record(update, rank));
        outbox.ChangeByStatus(update.MessageId, update.CallbackData, item =>
        {
            // A status names a message WhatsApp accepted: this confirms sends whose response was lost (crash, timeout).
            if ((item.State is OutboxState.Sending or OutboxState.Unconfirmed or OutboxState.Pending) && update.Status != "failed")
            {
                item.State = OutboxState.Sent;
                item.SentAtMs ??= update.Timestamp?.ToUnixTimeMilliseconds();
                metrics.MessageOut(item.Kind);
                // Runs inside the inbox batch's transaction, like the status itself.
                events?.Record(EventTypes.MessageSent, new MessageSentData(item.Id, update.MessageId, item.To, item.Kind, item.Attempts));
            }

            item.Wamid ??= update.MessageId;
            item.DeliveryStatus = best;
            if (update.Status == "failed" && best == "failed" && item.State != OutboxState.DeadLetter)
            {
                // Failed after acceptance (e.g. 131047 reported asynchronously): recorded, not retried.
                item.State = OutboxState.DeadLetter;
                item.LastErrorCode = update.ErrorCode;
                item.LastError = $"WhatsApp reported the message failed (code {update.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).";
                metrics.DeadLetter(update.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "failed");
                events?.Record(EventTypes.MessageFailed, new MessageFailedData(item.Id, item.To, item.Kind, item.Attempts, item.LastErrorCode, item.LastError));
            }

            return true;
        });
    }

    private string Record(StatusUpdate update, int rank)
    {
        var record = state.Statuses.Find(update.MessageId);
        if (record is null || StatusRank.Of(record.Status) < rank)
        {
            record ??= new StatusRecord { Id = update.MessageId };
            record.Status = update.Status;
            record.RecipientId = update.RecipientId ?? record.RecipientId;
            record.TimestampMs = update.Timestamp?.ToUnixTimeMilliseconds() ?? record.TimestampMs;
            record.ErrorCode = update.ErrorCode ?? record.ErrorCode;
            record.OutboxId = update.CallbackData ?? record.OutboxId;
            state.Statuses.Upsert(record);
        }

        return record.Status;
    }
}
