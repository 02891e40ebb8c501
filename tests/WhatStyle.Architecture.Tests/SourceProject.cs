using System.Xml.Linq;

namespace WhatStyle.Architecture.Tests;

/// <summary>One project under src/, as its project file declares it.</summary>
internal sealed record SourceProject(string Name, string Directory, bool IsExecutable, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences, bool ReferencesAspNetCore)
{
    public static SourceProject Load(string projectFile)
    {
        var xml = XDocument.Load(projectFile);
        var sdk = xml.Root?.Attribute("Sdk")?.Value ?? "";
        var outputType = xml.Descendants("OutputType").Select(e => e.Value.Trim()).LastOrDefault() ?? "";
        var projectReferences = xml.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var packages = xml.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToList();
        var aspNetCore = sdk.Contains(".Web", StringComparison.Ordinal)
            || xml.Descendants("FrameworkReference").Any(e => e.Attribute("Include")?.Value == "Microsoft.AspNetCore.App");
        return new SourceProject(
            Path.GetFileNameWithoutExtension(projectFile),
            Path.GetDirectoryName(projectFile)!,
            outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) || sdk.Contains(".Web", StringComparison.Ordinal),
            projectReferences,
            packages,
            aspNetCore);
    }
}
