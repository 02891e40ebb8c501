// UseKernelFunctionInvocation is experimental (SKEXP0001); the SK version is pinned centrally, so an API change shows up at upgrade.
#pragma warning disable SKEXP0001
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace WhatStyle.Agent.Replies.Functions;

/// <summary>
/// The one model call of a reply, made through Semantic Kernel: the provider chain is the kernel's chat completion
/// service, the guarded MCP tools are a kernel plugin, and SK's function-invocation loop runs the tools the model
/// calls, with every <see cref="IAutoFunctionInvocationFilter"/> registered in DI around each call.
/// </summary>
/// <remarks>
/// One invocation owner: SK's <c>KernelFunctionInvokingChatClient</c> (added by <c>UseKernelFunctionInvocation</c>; it
/// IS Microsoft.Extensions.AI's <c>FunctionInvokingChatClient</c>, extended with SK's filters). It sits above the chain
/// and M.E.AI's own <c>UseFunctionInvocation</c> is NOT added: two invoking clients would each run the same tool calls.
/// Each loop iteration is one chain call (so the chain keeps a tool loop on one provider), and the call counter sits
/// just above the chain, so every model call is counted.
/// </remarks>
internal sealed class ReplyKernel(IEnumerable<IAutoFunctionInvocationFilter> filters, ILoggerFactory loggerFactory)
{
    /// <summary>The kernel plugin holding the tools; the model sees each tool as <c>whatstyle_&lt;mcp tool name&gt;</c>.</summary>
    public const string PluginName = "whatstyle";

    private readonly IAutoFunctionInvocationFilter[] _filters = [.. filters];
    private readonly ToolDeclarationCache _declarations = new();

    /// <summary>The model's name for an MCP tool.</summary>
    public static string ModelToolName(string mcpToolName) => PluginName + "_" + mcpToolName;

    /// <summary>Runs the reply's one model call (plus one per tool round trip) and returns the chain's final response.</summary>
    public async Task<ChatResponse> CompleteAsync(
        IChatClient chain,
        IReadOnlyList<AIFunction> tools,
        ReplyCall call,
        LlmCallCounter counter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(tools);
        ArgumentNullException.ThrowIfNull(call);
        var capture = new FinalResponseCapture();
        var declarations = _declarations.For(tools);

        // The chain is shared and long-lived: this per-reply pipeline wraps it and must never dispose it.
        var pipeline = chain.AsBuilder()
            .Use(inner => new FinalResponseCapture.Client(inner, capture))
            .UseKernelFunctionInvocation(loggerFactory)
            .Use(inner => new ToolCallArgumentsChatClient(inner))
            .Use(inner => new ToolSchemaChatClient(inner, declarations))
            .Use(inner => new CountingChatClient(inner, counter))
            .Build();

        // SK's invoking client hard-codes 128 iterations; the agent's own budget applies instead.
        pipeline.GetService<FunctionInvokingChatClient>()!.MaximumIterationsPerRequest = call.MaxToolIterations;

        var kernel = new Kernel();
        kernel.Plugins.AddFromFunctions(PluginName, tools.Select(KernelToolFunction.From));
        foreach (var filter in _filters)
        {
            kernel.AutoFunctionInvocationFilters.Add(filter);
        }

        var history = new ChatHistory(call.System);
        history.AddUserMessage(call.User);
        var settings = new PromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(autoInvoke: true),
            ExtensionData = new Dictionary<string, object>
            {
                ["max_tokens"] = call.MaxOutputTokens,
                ["temperature"] = call.Temperature,
            },
        };

        var service = pipeline.AsChatCompletionService();
        var reply = await service.GetChatMessageContentAsync(history, settings, kernel, cancellationToken);
        var response = capture.Last ?? new ChatResponse([]);
        if (response.Messages.Count == 0 && reply.Content is { Length: > 0 } text)
        {
            response.Messages.Add(new ChatMessage(ChatRole.Assistant, text));
        }

        return response;
    }

    /// <summary>Keeps the loop's final <see cref="ChatResponse"/>: SK hands back only the last message, the chain's metadata rides on the response.</summary>
    private sealed class FinalResponseCapture
    {
        public ChatResponse? Last { get; set; }

        public sealed class Client(IChatClient inner, FinalResponseCapture capture) : DelegatingChatClient(inner)
        {
            public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
            {
                var response = await base.GetResponseAsync(messages, options, cancellationToken);
                capture.Last = response;
                return response;
            }
        }
    }
}

/// <summary>What one reply asks of the model: the rendered prompt and the agent's limits.</summary>
internal sealed record ReplyCall(string System, string User, int MaxOutputTokens, float Temperature, int MaxToolIterations);
