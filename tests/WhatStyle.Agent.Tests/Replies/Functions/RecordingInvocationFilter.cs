using Microsoft.SemanticKernel;

namespace WhatStyle.Agent.Tests.Replies.Functions;

/// <summary>An SK auto-invocation filter that records every tool call the kernel runs, and can block them.</summary>
internal sealed class RecordingInvocationFilter : IAutoFunctionInvocationFilter
{
    public List<(string Plugin, string Function, string Arguments, string? Result)> Calls { get; } = [];

    /// <summary>When set, calls are not run: the model gets this text as the result.</summary>
    public string? BlockWith { get; init; }

    public async Task OnAutoFunctionInvocationAsync(AutoFunctionInvocationContext context, Func<AutoFunctionInvocationContext, Task> next)
    {
        var arguments = string.Join(",", context.Arguments?.Select(a => $"{a.Key}={a.Value}") ?? []);
        if (BlockWith is { } blocked)
        {
            context.Result = new FunctionResult(context.Function, blocked);
        }
        else
        {
            await next(context);
        }

        Calls.Add((context.Function.PluginName ?? string.Empty, context.Function.Name, arguments, context.Result.GetValue<object>()?.ToString()));
    }
}
