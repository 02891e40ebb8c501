using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace WhatStyle.Dashboard.Security;

/// <summary>
/// The owner's dashboard password, stored as a salted PBKDF2-SHA256 hash in <c>&lt;data-dir&gt;/dashboard.password</c>
/// (<c>whatstyle dashboard set-password</c>). One line: <c>pbkdf2-sha256$iterations$salt$hash</c>, base64; the
/// password itself is never stored.
/// </summary>
public sealed class DashboardPassword(string dataDirectory)
{
    public const string FileName = "dashboard.password";

    /// <summary>The shortest password accepted.</summary>
    public const int MinimumLength = 10;

    // OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
    private const int Iterations = 600_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string Scheme = "pbkdf2-sha256";

    public string FilePath { get; } = Path.Combine(dataDirectory, FileName);

    public bool IsSet => File.Exists(FilePath);

    /// <summary>Stores a new password (replacing any old one), readable by the owner only.</summary>
    /// <exception cref="ArgumentException">The password is shorter than <see cref="MinimumLength"/>.</exception>
    public void Set(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinimumLength)
        {
            throw new ArgumentException($"The password must have at least {MinimumLength} characters.", nameof(password));
        }

        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        var line = string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, line + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }

    /// <summary>True when <paramref name="password"/> is the stored one; false when none is stored or the file is unreadable.</summary>
    public bool Verify(string? password)
    {
        if (string.IsNullOrEmpty(password) || !IsSet)
        {
            return false;
        }

        var parts = File.ReadAllText(FilePath).Trim().Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
