using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Dashboard;

/// <summary>The dashboard's settings, section <c>Dashboard</c>.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>A draft waiting longer than this raises an alert. Default 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DraftAlertAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Whether the owner must log in. Null (default): only when the server listens beyond loopback, or the request comes
    /// from another machine. True forces the login on loopback too; false is refused beyond loopback (see <see cref="Security.DashboardAccess"/>).
    /// </summary>
    public bool? RequireLogin { get; set; }

    /// <summary>Failed logins in a row before the login locks. Default 5.</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long the login stays locked after <see cref="MaxFailedLogins"/> failures. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Also send alerts as a WhatsApp note to the owner's own number through the active channel (bridge only). Default false.</summary>
    public bool NoteToSelf { get; set; }

    /// <summary>How many conversations the inbox shows at most. Default 500.</summary>
    [Range(1, 100_000)]
    public int InboxLimit { get; set; } = 500;
}
