namespace WhatStyle.Architecture.Tests;

/// <summary>The checkout the tests run in, found from the test binaries upwards.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every project under src/.</summary>
    public static IReadOnlyList<SourceProject> SourceProjects { get; } =
        [.. Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(SourceProject.Load)];

    public static SourceProject Project(string name) => SourceProjects.Single(p => p.Name == name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhatStyle.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WhatStyle.sln not found above the test binaries.");
    }
}
