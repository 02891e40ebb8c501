namespace WhatStyle.Dashboard.Endpoints;

/// <summary>
/// The outcome of an action, shown on the page it redirects to. The address carries a code, never text, so a link
/// cannot make the dashboard say something it did not.
/// </summary>
internal static class Notices
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["approved"] = "Approved: the bridge sends it now and records it as your words.",
        ["approved-later"] = "Approved: no bridge is running, so it is sent when the bridge next runs.",
        ["rejected"] = "Rejected: it is never sent, and kept as an example of what not to say.",
        ["takeover"] = "You took over: WhatStyle answers nothing in this chat until you hand it back.",
        ["handback"] = "Handed back: WhatStyle answers this chat again in its usual mode.",
        ["saved"] = "Saved.",
        ["retry"] = "Retry requested.",
        ["dismiss"] = "Dismissed.",
        ["decided"] = "That draft was already decided.",
    };

    public static string? Text(string? code) => code is not null && Texts.TryGetValue(code, out var text) ? text : null;

    public static bool Exists(string code) => Texts.ContainsKey(code);
}
