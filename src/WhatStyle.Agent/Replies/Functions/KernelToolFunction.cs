using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace WhatStyle.Agent.Replies.Functions;

/// <summary>
/// Turns a tool the model may call (an MCP tool behind the scope guard) into a Semantic Kernel function that runs it.
/// </summary>
/// <remarks>
/// Not SK's own <c>AIFunction.AsKernelFunction()</c>: in SK 1.82 the function it returns refuses to be invoked
/// (<c>NotSupportedException</c>, surfacing to the model as "Function failed"), marks every optional parameter
/// required and drops the parameter descriptions. A method function with the MCP schema's parameters as explicit
/// metadata keeps them, and its body simply invokes the wrapped tool with the model's arguments.
/// </remarks>
internal static class KernelToolFunction
{
    public static KernelFunction From(AIFunction tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return KernelFunctionFactory.CreateFromMethod(
            (KernelArguments arguments, CancellationToken cancellationToken) => InvokeAsync(tool, arguments, cancellationToken),
            tool.Name,
            tool.Description,
            Parameters(tool.JsonSchema),
            new KernelReturnParameterMetadata { Description = "The tool's result (JSON), or a refusal." });
    }

    private static async Task<object?> InvokeAsync(AIFunction tool, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var forwarded = new AIFunctionArguments();
        foreach (var (name, value) in arguments)
        {
            forwarded[name] = value;
        }

        return await tool.InvokeAsync(forwarded, cancellationToken);
    }

    private static List<KernelParameterMetadata> Parameters(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var required = schema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        return [.. properties.EnumerateObject().Select(property => new KernelParameterMetadata(property.Name)
        {
            Description = property.Value.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String
                ? description.GetString()
                : null,
            IsRequired = required.Contains(property.Name),
            Schema = KernelJsonSchema.Parse(property.Value.GetRawText()),
        })];
    }
}
