namespace WhatStyle.Tools.Import;

/// <summary>An import cannot start: the file is missing or not an export, or the owner is not among its authors. Nothing was stored.</summary>
public sealed class ImportException : Exception
{
    public ImportException()
    {
    }

    public ImportException(string message) : base(message)
    {
    }

    public ImportException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
