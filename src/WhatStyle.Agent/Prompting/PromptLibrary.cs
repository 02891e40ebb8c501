using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace WhatStyle.Agent.Prompting;

/// <summary>Loads prompt files from the prompts folder at run time, once each.</summary>
public sealed class PromptLibrary
{
    private readonly string _root;
    private readonly ConcurrentDictionary<string, PromptTemplate> _cache = new(StringComparer.Ordinal);

    public PromptLibrary(IOptions<PromptOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _root = options.Value.ResolveDirectory();
    }

    public string Root => _root;

    /// <param name="name">Path relative to the prompts folder, with forward slashes, e.g. "reply/system.md".</param>
    /// <exception cref="PromptRenderException">The file does not exist.</exception>
    public PromptTemplate Get(string name) => _cache.GetOrAdd(name, Load);

    private PromptTemplate Load(string name)
    {
        var path = Path.GetFullPath(Path.Combine(_root, name));
        if (!path.StartsWith(Path.GetFullPath(_root), StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new PromptRenderException($"Prompt file '{name}' not found under {_root}.");
        }

        return new PromptTemplate(name, File.ReadAllText(path));
    }
}
