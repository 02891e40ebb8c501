namespace WhatStyle.Architecture.Tests;

/// <summary>The project graph is a tree of thin hosts over libraries (docs/architecture.md).</summary>
public sealed class ProjectGraphTests
{
    private static readonly string[] Libraries = ["WhatStyle.Tools", "WhatStyle.Mcp", "WhatStyle.Agent", "WhatStyle.Hosting", "WhatStyle.Dashboard", "WhatStyle.Storage.Postgres"];
    private static readonly string[] Hosts = ["WhatStyle.Cli", "WhatStyle.McpServer", "WhatStyle.WhatsAppBridge"];

    [Fact]
    public void SourceProjects_AreTheKnownHostsAndLibraries()
    {
        var names = Repository.SourceProjects.Select(p => p.Name).ToHashSet();

        Assert.Superset(new HashSet<string>([.. Libraries, .. Hosts]), names);
        Assert.All(Hosts, host => Assert.True(Repository.Project(host).IsExecutable, $"{host} should be an executable host"));
        Assert.All(Libraries, library => Assert.False(Repository.Project(library).IsExecutable, $"{library} should be a library"));
    }

    [Fact]
    public void ExecutableProjects_ReferenceNoOtherExecutableProject()
    {
        var executables = Repository.SourceProjects.Where(p => p.IsExecutable).Select(p => p.Name).ToHashSet();

        var offenders = Repository.SourceProjects
            .SelectMany(p => p.ProjectReferences.Where(executables.Contains).Select(target => $"{p.Name} -> {target}"))
            .ToList();

        Assert.True(offenders.Count == 0, $"executables must share libraries, not each other: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Tools_DependsOnAbstractionsOnly()
    {
        var tools = Repository.Project("WhatStyle.Tools");

        Assert.False(tools.ReferencesAspNetCore, "WhatStyle.Tools must not reference ASP.NET Core");
        Assert.DoesNotContain("Microsoft.Extensions.Hosting", tools.PackageReferences);
        Assert.Empty(tools.ProjectReferences);
    }

    [Fact]
    public void Libraries_ReferenceNoHost()
    {
        var hosts = Hosts.ToHashSet();

        Assert.All(Libraries, library =>
        {
            var project = Repository.Project(library);
            Assert.DoesNotContain(project.ProjectReferences, hosts.Contains);
        });
    }

    [Fact]
    public void Npgsql_IsReferencedByThePostgresLibraryOnly()
    {
        // The embedded default (LiteDB) installs nothing and carries no server driver; hosts opt in to PostgreSQL by
        // referencing WhatStyle.Storage.Postgres and calling AddWhatStylePostgres.
        var offenders = Repository.SourceProjects
            .Where(p => p.Name != "WhatStyle.Storage.Postgres" && p.PackageReferences.Any(r => r.StartsWith("Npgsql", StringComparison.Ordinal)))
            .Select(p => p.Name)
            .ToList();

        Assert.True(offenders.Count == 0, $"only WhatStyle.Storage.Postgres talks to PostgreSQL: {string.Join(", ", offenders)}");
    }

    [Theory]
    [InlineData("WhatStyle.Tools")]
    [InlineData("WhatStyle.Mcp")]
    [InlineData("WhatStyle.Agent")]
    [InlineData("WhatStyle.Hosting")]
    [InlineData("WhatStyle.Dashboard")]
    public void Library_DoesNotPullInThePostgresLibrary(string library) =>
        Assert.DoesNotContain("WhatStyle.Storage.Postgres", Repository.Project(library).ProjectReferences);

    [Fact]
    public void PostgresLibrary_DoesNotReachTheAgent()
    {
        // The stores need the domain's interfaces only; through the agent, every host that opts in to PostgreSQL (the
        // MCP server among them) would carry Semantic Kernel and the providers.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(["WhatStyle.Storage.Postgres"]);
        while (pending.TryPop(out var name))
        {
            foreach (var reference in Repository.Project(name).ProjectReferences.Where(reached.Add))
            {
                pending.Push(reference);
            }
        }

        Assert.DoesNotContain("WhatStyle.Agent", reached);
    }

    [Fact]
    public void Dashboard_ReadsTheDomainThroughToolsOnly()
    {
        // What only a bridge knows comes through the dashboard's own interfaces (IBridgeOperations, IDashboardEvents).
        var dashboard = Repository.Project("WhatStyle.Dashboard");

        Assert.Equal(["WhatStyle.Tools"], dashboard.ProjectReferences);
    }
}
