using System.Collections;
using System.Reflection;
using LiteDB.Engine;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// Keeps an abandoned LiteDB 5 engine's transactions from being finalized. A transaction whose commit failed on a write
/// stays active (its rollback fails with "page must be writable"); once the engine is unreachable its finalizer tries
/// that rollback again on the finalizer thread, and an exception there ends the process. LiteDB exposes no way to let
/// such a transaction go, so its finalizer is suppressed through the engine's internal transaction list (LiteDB 5.0.21:
/// <c>LiteEngine._monitor</c>, <c>TransactionMonitor._transactions</c>); if those are ever renamed this does nothing and
/// the storage-outage test, which abandons engines and collects them, fails.
/// </summary>
internal static class EngineFinalizers
{
    private static readonly FieldInfo? MonitorField = typeof(LiteEngine).GetField("_monitor", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Suppresses the finalizer of every transaction the engine holds; returns how many.</summary>
    public static int Suppress(LiteEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var monitor = MonitorField?.GetValue(engine);
        if (monitor?.GetType().GetField("_transactions", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(monitor) is not IDictionary list)
        {
            return 0;
        }

        var transactions = list.Values;

        // A thread still inside the engine may be changing the collection meanwhile: copy it, and try again if it changed.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                var copy = new List<object>();
                foreach (var transaction in transactions)
                {
                    copy.Add(transaction);
                }

                foreach (var transaction in copy)
                {
                    GC.SuppressFinalize(transaction);
                }

                return copy.Count;
            }
            catch (InvalidOperationException)
            {
                Thread.Sleep(10);
            }
        }

        return 0;
    }
}
