namespace WhatStyle.Tools.Tone;

/// <summary>One reusable scratch object of type <typeparamref name="T"/> per thread, so the analyser's per-message
/// buffers (scanned words, cues, phrase matches) are not garbage after every message.</summary>
/// <remarks>
/// The analyser serves every thread from one instance, hence per thread rather than per analyser. A nested rent on
/// the same thread (the previous message scanned while the current one is in use) finds the slot empty and gets a
/// new object, so two users never share one. The caller resets what it rents and must not keep it after returning it.
/// </remarks>
internal static class ThreadScratch<T>
    where T : class, new()
{
    [ThreadStatic]
    private static T? t_free;

    public static T Rent()
    {
        var item = t_free;
        t_free = null;
        return item ?? new T();
    }

    /// <summary>Keeps <paramref name="item"/> for the next rent on this thread (one is kept; a second is dropped).</summary>
    public static void Return(T item) => t_free ??= item;

    /// <summary>Rents one for a <c>using</c> scope: it is returned when the scope ends.</summary>
    public static Lease Borrow() => new(Rent());

    /// <summary>A rented object, returned on <see cref="Dispose"/>.</summary>
    public readonly struct Lease(T item) : IDisposable
    {
        public T Item { get; } = item;

        public void Dispose() => Return(Item);
    }
}
