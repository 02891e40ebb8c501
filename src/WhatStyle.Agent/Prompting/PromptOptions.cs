namespace WhatStyle.Agent.Prompting;

/// <summary>Where prompt files live (section <c>Prompts</c>).</summary>
public sealed class PromptOptions
{
    public const string SectionName = "Prompts";

    /// <summary>The prompts folder; default <c>prompts</c> beside the executable (the build copies the repository's prompts/ there).</summary>
    public string? Directory { get; set; }

    /// <summary>The folder to use: the configured one, else the default.</summary>
    public string ResolveDirectory() =>
        string.IsNullOrWhiteSpace(Directory) ? Path.Combine(AppContext.BaseDirectory, "prompts") : Path.GetFullPath(Directory);
}
