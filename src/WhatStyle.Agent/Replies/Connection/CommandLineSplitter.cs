using System.Text;

namespace WhatStyle.Agent.Replies.Connection;

/// <summary>Splits "COMMAND arg 'quoted arg'" into its parts, honouring single and double quotes.</summary>
internal static class CommandLineSplitter
{
    public static IReadOnlyList<string> Split(string commandLine)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(commandLine);
        var parts = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in commandLine)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            parts.Add(current.ToString());
        }

        return parts.Count > 0 ? parts : throw new ArgumentException("The MCP command is empty.", nameof(commandLine));
    }
}
