namespace WhatStyle.Dashboard;

/// <summary>The dashboard's addresses, in one place so pages, endpoints and tests agree.</summary>
public static class DashboardPaths
{
    public const string Root = "/dashboard";
    public const string Login = Root + "/login";
    public const string Logout = Root + "/logout";
    public const string Operations = Root + "/operations";
    public const string Analytics = Root + "/analytics";
    public const string Events = Root + "/events";
    public const string EventStream = Root + "/events/stream";
    public const string Styles = Root + "/dashboard.css";

    public static string Conversation(string key) => $"{Root}/conversations/{Uri.EscapeDataString(key)}";

    public static string Contact(string id) => $"{Root}/contacts/{Uri.EscapeDataString(id)}";
}
