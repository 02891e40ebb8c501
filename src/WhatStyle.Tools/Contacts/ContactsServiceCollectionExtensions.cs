using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Contacts;

/// <summary>DI registration for contacts, groups and style learning (needs <see cref="Storage.StorageServiceCollectionExtensions.AddWhatStyleStorage"/>).</summary>
public static class ContactsServiceCollectionExtensions
{
    public static IServiceCollection AddWhatStyleContacts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ContactsOptions>().Bind(configuration.GetSection(ContactsOptions.SectionName)).ValidateDataAnnotations();
        services.AddOptions<StyleOptions>().Bind(configuration.GetSection(StyleOptions.SectionName)).ValidateDataAnnotations();
        services.AddSingleton<StyleLearner>();
        services.AddSingleton<ContactCache>();
        services.AddSingleton<IContactDirectory, ContactDirectory>();
        services.AddSingleton<IGroupDirectory, GroupDirectory>();
        return services;
    }
}
