using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WhatStyle.Agent.Providers.Mistral;

namespace WhatStyle.Agent.Tests.Providers.Mistral;

public sealed partial class MistralRequestSanitizerTests
{
    [Fact]
    public void Sanitize_OpenAIFields_RenamesAllowedAndDropsTheRest()
    {
        var request = JsonNode.Parse("""
            {"model":"m","messages":[],"max_completion_tokens":200,"seed":7,"stream":true,
             "stream_options":{"include_usage":true},"store":true,"user":"u1","logit_bias":{},"service_tier":"auto",
             "temperature":0.3,"tool_choice":"auto","parallel_tool_calls":false}
            """)!.AsObject();

        var sanitized = MistralRequestSanitizer.Sanitize(request);

        Assert.Equal(
            ["max_tokens", "messages", "model", "parallel_tool_calls", "random_seed", "stream", "temperature", "tool_choice"],
            sanitized.Select(property => property.Key).Order(StringComparer.Ordinal));
        Assert.Equal(200, sanitized["max_tokens"]!.GetValue<int>());
        Assert.Equal(7, sanitized["random_seed"]!.GetValue<int>());
    }

    [Fact]
    public void Sanitize_BothTokenLimits_KeepsExplicitMaxTokens()
    {
        var request = JsonNode.Parse("""{"messages":[],"max_tokens":50,"max_completion_tokens":200}""")!.AsObject();

        var sanitized = MistralRequestSanitizer.Sanitize(request);

        Assert.Equal(50, sanitized["max_tokens"]!.GetValue<int>());
        Assert.False(sanitized.ContainsKey("max_completion_tokens"));
    }

    [Fact]
    public void Sanitize_MessageExtras_AreStrippedPerRole()
    {
        var request = JsonNode.Parse("""
            {"messages":[
              {"role":"user","content":"hi","name":"maman"},
              {"role":"assistant","content":"x","reasoning_content":"thinking","refusal":null},
              {"role":"tool","content":"r","tool_call_id":"abcDEF123","name":"f","extra":1}
            ]}
            """)!.AsObject();

        var messages = MistralRequestSanitizer.Sanitize(request)["messages"]!.AsArray();

        Assert.Equal(["role", "content"], messages[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["role", "content"], messages[1]!.AsObject().Select(p => p.Key));
        Assert.Equal(["role", "content", "tool_call_id", "name"], messages[2]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Sanitize_ForeignToolCallIds_RewrittenToNineAlphanumericsConsistently()
    {
        var request = JsonNode.Parse("""
            {"messages":[
              {"role":"user","content":"hi"},
              {"role":"assistant","content":null,"tool_calls":[
                {"id":"call_0fypS1hVXabc","type":"function","function":{"name":"a","arguments":"{}"}},
                {"id":"6e9f39e0","type":"function","function":{"name":"b","arguments":"{}"}},
                {"id":"D681PevKs","type":"function","function":{"name":"c","arguments":"{}"}}]},
              {"role":"tool","content":"1","tool_call_id":"call_0fypS1hVXabc"},
              {"role":"tool","content":"2","tool_call_id":"6e9f39e0"},
              {"role":"tool","content":"3","tool_call_id":"D681PevKs"}
            ]}
            """)!.AsObject();

        var messages = MistralRequestSanitizer.Sanitize(request)["messages"]!.AsArray();
        var callIds = messages[1]!["tool_calls"]!.AsArray().Select(call => call!["id"]!.GetValue<string>()).ToList();
        var resultIds = messages.Skip(2).Select(message => message!["tool_call_id"]!.GetValue<string>()).ToList();

        Assert.All(callIds, id => Assert.Matches(NineAlphanumerics(), id));
        Assert.Equal(callIds, resultIds);
        Assert.Equal(3, callIds.Distinct().Count());
        Assert.Equal("D681PevKs", callIds[2]); // Already valid (e.g. Mistral's own): untouched.
    }

    [Fact]
    public void Sanitize_SameHistoryTwice_MapsIdsTheSameWay()
    {
        const string Body = """{"messages":[{"role":"tool","content":"1","tool_call_id":"call_xyz"}]}""";

        var first = MistralRequestSanitizer.Sanitize(JsonNode.Parse(Body)!.AsObject())["messages"]![0]!["tool_call_id"]!.GetValue<string>();
        var second = MistralRequestSanitizer.Sanitize(JsonNode.Parse(Body)!.AsObject())["messages"]![0]!["tool_call_id"]!.GetValue<string>();

        Assert.Equal(first, second);
    }

    [GeneratedRegex("^[A-Za-z0-9]{9}$")]
    private static partial Regex NineAlphanumerics();
}
