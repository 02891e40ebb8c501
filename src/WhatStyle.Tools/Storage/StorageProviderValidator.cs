using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Storage;

/// <summary>Refuses a server provider (<c>postgres</c>) that no registered library implements in this host.</summary>
internal sealed class StorageProviderValidator(IEnumerable<StorageProviderRegistration> registrations) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != StorageProviders.Postgres)
        {
            // LiteDB is built in; an unknown value is the data annotation's one line, not this one's.
            return ValidateOptionsResult.Success;
        }

        return registrations.Any(r => r.Provider == options.Provider)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Storage:Provider is '{options.Provider}', but this program was built without its storage library (WhatStyle.Storage.Postgres).");
    }
}
