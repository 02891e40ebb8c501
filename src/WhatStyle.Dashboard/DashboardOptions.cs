using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Dashboard;

/// <summary>The dashboard's settings, section <c>Dashboard</c>.</summary>
public sealed class DashboardOptions : IValidatableObject
{
    public const string SectionName = "Dashboard";

    /// <summary>A draft waiting longer than this raises an alert. Default 30 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DraftAlertAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An urgent message not answered within this long stops alerting (the inbox still sorts it first). Default 1 day.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan UrgentAlertFor { get; set; } = TimeSpan.FromDays(1);

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

    /// <summary>Also send alerts as a WhatsApp note to <see cref="OwnerNumber"/> through the active channel (bridge only). Default false.</summary>
    public bool NoteToSelf { get; set; }

    /// <summary>The owner's own WhatsApp number (E.164 digits, e.g. 491701234567), where notes to self go. Required with <see cref="NoteToSelf"/>.</summary>
    [RegularExpression(@"^\+?[0-9]{6,15}$", ErrorMessage = "Dashboard:OwnerNumber must be a phone number in international form, e.g. 491701234567.")]
    public string? OwnerNumber { get; set; }

    /// <summary>How often alerts are checked for notes to self. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan AlertCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many conversations the inbox shows at most. Default 500.</summary>
    [Range(1, 100_000)]
    public int InboxLimit { get; set; } = 500;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NoteToSelf && string.IsNullOrWhiteSpace(OwnerNumber))
        {
            yield return new ValidationResult("Dashboard:NoteToSelf needs Dashboard:OwnerNumber, the number notes to self go to.", [nameof(OwnerNumber)]);
        }
    }
}
