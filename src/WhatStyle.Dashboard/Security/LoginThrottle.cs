using Microsoft.Extensions.Options;

namespace WhatStyle.Dashboard.Security;

/// <summary>
/// Locks the login after <see cref="DashboardOptions.MaxFailedLogins"/> failures in a row, for
/// <see cref="DashboardOptions.LockoutDuration"/>. One owner, one password: the count is global, not per address, so
/// guessing from many addresses locks too. A success resets it.
/// </summary>
internal sealed class LoginThrottle(IOptions<DashboardOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _failures;
    private DateTimeOffset? _lockedUntil;

    /// <summary>Until when the login is locked, or null when it is open.</summary>
    public DateTimeOffset? LockedUntil()
    {
        lock (_gate)
        {
            if (_lockedUntil is { } until && time.GetUtcNow() >= until)
            {
                _lockedUntil = null;
                _failures = 0;
            }

            return _lockedUntil;
        }
    }

    public void Failed()
    {
        lock (_gate)
        {
            _failures++;
            if (_failures >= options.Value.MaxFailedLogins)
            {
                _lockedUntil = time.GetUtcNow() + options.Value.LockoutDuration;
            }
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            _failures = 0;
            _lockedUntil = null;
        }
    }
}
