using Microsoft.Extensions.Time.Testing;
using WhatStyle.WhatsAppBridge.Poison;

namespace WhatStyle.WhatsAppBridge.Tests.Poison;

public sealed class RetryBudgetTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);

    [Fact]
    public void Fail_WaitsDoublingDelays_AndIsExhaustedAtTheLastAttempt()
    {
        var time = new FakeTimeProvider();
        var budget = new RetryBudget<string>(time);

        var waits = new List<double>();
        (int Attempts, bool Exhausted) outcome = default;
        for (var i = 0; i < 5; i++)
        {
            outcome = budget.Fail("record", maxAttempts: 5, Base);
            waits.Add(SecondsUntilDue(budget, time, "record"));
        }

        Assert.Equal((5, true), outcome);
        Assert.Equal([1, 2, 4, 8, 16], waits);
        Assert.True(budget.IsDue("another"), "other keys are not held back");
    }

    [Fact]
    public void TransientFailures_WaitTheCappedBackoff_WithoutSpendingAttempts()
    {
        var time = new FakeTimeProvider();
        var budget = new RetryBudget<string>(time);
        var waits = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal((0, false), budget.Fail("record", maxAttempts: 3, Base, spendsAttempt: false));
            waits.Add(SecondsUntilDue(budget, time, "record"));
        }

        Assert.Equal([1, 2, 4, 4, 4, 4, 4, 4, 4, 4], waits);
        // A failure of the record itself afterwards starts its budget from the beginning.
        Assert.Equal((1, false), budget.Fail("record", maxAttempts: 3, Base));
    }

    [Fact]
    public void Fail_PastTheBudget_KeepsTheLastWaitInsteadOfDoublingForEver()
    {
        var time = new FakeTimeProvider();
        var budget = new RetryBudget<string>(time);
        for (var i = 0; i < 3; i++)
        {
            budget.Fail("request", maxAttempts: 3, Base);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        // Setting it aside failed too (say, the disk is full): the next tries stay 4 s apart.
        budget.Fail("request", maxAttempts: 3, Base);
        var wait = SecondsUntilDue(budget, time, "request");
        budget.Forget("request");

        Assert.Equal(4, wait);
        Assert.True(budget.IsDue("request"));
    }

    /// <summary>Advances the clock in 1 s steps until the key is due; returns the seconds waited.</summary>
    private static double SecondsUntilDue(RetryBudget<string> budget, FakeTimeProvider time, string key)
    {
        var waited = 0;
        while (!budget.IsDue(key))
        {
            time.Advance(Base);
            waited++;
        }

        return waited;
    }
}
