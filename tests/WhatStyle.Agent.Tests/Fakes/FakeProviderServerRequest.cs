using System.Text.Json.Nodes;

namespace WhatStyle.Agent.Tests.Fakes;

/// <summary>A request as the fake provider server received it.</summary>
/// <param name="Path">The request path.</param>
/// <param name="Body">The raw body.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
public sealed record FakeProviderServerRequest(string Path, string Body, string? Authorization)
{
    /// <summary>The body parsed as a JSON object.</summary>
    public JsonObject Json => JsonNode.Parse(Body)?.AsObject() ?? throw new InvalidOperationException("The request body is not a JSON object.");

    /// <summary>Whether the client asked for a stream.</summary>
    public bool Stream => Json["stream"]?.GetValue<bool>() == true;
}
