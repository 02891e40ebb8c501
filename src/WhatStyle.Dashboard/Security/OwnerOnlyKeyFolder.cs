using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Dashboard.Security;

/// <summary>
/// The key ring's folder, readable by the owner only: the keys can forge a login cookie. The base class writes each
/// key file owner-only on Unix but creates a missing folder with the default mode (world-readable under the usual
/// umask), so the folder is made, or narrowed, to 0700 before every read and write (both rare: at start, when the ring
/// is refreshed, when a key is added).
/// </summary>
internal sealed class OwnerOnlyKeyFolder(DirectoryInfo directory, ILoggerFactory loggerFactory)
    : FileSystemXmlRepository(directory, loggerFactory)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public override IReadOnlyCollection<XElement> GetAllElements()
    {
        Secure();
        return base.GetAllElements();
    }

    public override void StoreElement(XElement element, string friendlyName)
    {
        Secure();
        base.StoreElement(element, friendlyName);
    }

    private void Secure()
    {
        var path = Directory.FullName;
        if (OperatingSystem.IsWindows())
        {
            // Windows inherits the data directory's ACL (the user's profile by default); the keys are DPAPI-protected there.
            System.IO.Directory.CreateDirectory(path);
            return;
        }

        if (!System.IO.Directory.Exists(path))
        {
            System.IO.Directory.CreateDirectory(path, OwnerOnly);
        }

        if (File.GetUnixFileMode(path) != OwnerOnly)
        {
            File.SetUnixFileMode(path, OwnerOnly);
        }
    }
}
