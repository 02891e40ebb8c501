namespace WhatStyle.Dashboard.Endpoints;

/// <summary>The dashboard's cookie scheme and what the gate leaves for the pages.</summary>
internal static class DashboardAuth
{
    public const string Scheme = "WhatStyle.Dashboard";

    /// <summary>HttpContext.Items key: the request is logged in (the frame offers log-out).</summary>
    public const string LoggedInItem = "WhatStyle.Dashboard.LoggedIn";
}
