namespace WhatStyle.Dashboard.Components.Layout;

/// <summary>What every page's frame needs: the form token, whether to offer log-out, the alerts and a one-line notice.</summary>
/// <param name="TokenField">The antiforgery form field's name.</param>
/// <param name="Token">The antiforgery request token, put in every form.</param>
/// <param name="LoggedIn">The owner logged in (offer log-out).</param>
/// <param name="Alerts">What needs the owner now (crisis, urgent, drafts waiting too long).</param>
/// <param name="Notice">The outcome of the last action, or null.</param>
/// <param name="BridgeLive">A bridge is running and acts on approvals now.</param>
public sealed record PageFrame(string TokenField, string Token, bool LoggedIn, IReadOnlyList<Data.Alert> Alerts, string? Notice, bool BridgeLive);
