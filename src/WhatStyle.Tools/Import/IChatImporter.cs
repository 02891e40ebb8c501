namespace WhatStyle.Tools.Import;

/// <summary>Imports a WhatsApp "Export chat" file into contacts, groups and conversation memory. Importing the same file twice adds nothing.</summary>
public interface IChatImporter
{
    /// <exception cref="ImportException">The file cannot be imported; nothing was stored.</exception>
    Task<ImportResult> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);
}
