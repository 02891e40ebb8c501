using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone;

public sealed class ThreadScratchTests
{
    // A type of its own, so no other test (or the analyser) shares this thread's slot.
    private sealed class Scratch;

    [Fact]
    public void Rent_AfterReturn_GivesTheSameObjectBack()
    {
        var first = ThreadScratch<Scratch>.Rent();
        ThreadScratch<Scratch>.Return(first);

        Assert.Same(first, ThreadScratch<Scratch>.Rent());
    }

    [Fact]
    public void Rent_WhileOneIsRented_GivesAnotherObject()
    {
        var outer = ThreadScratch<Scratch>.Rent();
        var inner = ThreadScratch<Scratch>.Rent();

        Assert.NotSame(outer, inner);
        ThreadScratch<Scratch>.Return(inner);
        ThreadScratch<Scratch>.Return(outer);

        // One is kept: the first returned.
        Assert.Same(inner, ThreadScratch<Scratch>.Rent());
        Assert.NotSame(outer, ThreadScratch<Scratch>.Rent());
    }

    [Fact]
    public void Borrow_ScopeEnded_ReturnsTheObject()
    {
        Scratch borrowed;
        using (var lease = ThreadScratch<Scratch>.Borrow())
        {
            borrowed = lease.Item;
            Assert.NotSame(borrowed, ThreadScratch<Scratch>.Rent());
        }

        Assert.Same(borrowed, ThreadScratch<Scratch>.Rent());
    }

    [Fact]
    public void Rent_OnAnotherThread_NeverGetsThisThreadsObject()
    {
        var mine = ThreadScratch<Scratch>.Rent();
        ThreadScratch<Scratch>.Return(mine);

        // A thread of its own, joined, so this test stays on its thread throughout.
        Scratch? theirs = null;
        var other = new Thread(() => theirs = ThreadScratch<Scratch>.Rent());
        other.Start();
        other.Join();

        Assert.NotSame(mine, theirs);
        Assert.Same(mine, ThreadScratch<Scratch>.Rent());
    }
}
