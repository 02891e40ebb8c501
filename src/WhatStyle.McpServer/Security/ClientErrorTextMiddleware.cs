using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace WhatStyle.McpHost.Security;

/// <summary>
/// Takes the server-side advice out of the SDK's 400 answers ("… or enable stateless mode by setting
/// HttpServerTransportOptions.SessionMode …. See https://csharp.sdk…"): a client cannot change this server's code, so
/// it gets only what to do itself (send the session header, start with initialize).
/// </summary>
/// <remarks>Only a 400's body is buffered; every other response, SSE streams included, passes straight through.</remarks>
internal sealed partial class ClientErrorTextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var original = context.Response.Body;
        await using var body = new BadRequestCapture(original, context.Response);
        context.Response.Body = body;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (body.Captured is { } captured)
        {
            var bytes = Encoding.UTF8.GetBytes(Rewrite(Encoding.UTF8.GetString(captured.ToArray())));
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>The body without advice addressed to the server's developer; a JSON-RPC error keeps its shape.</summary>
    internal static string Rewrite(string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject root && root["error"] is JsonObject error && error["message"] is JsonValue message)
            {
                error["message"] = Clean(message.GetValue<string>());
                return root.ToJsonString();
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: clean it as text.
        }

        return Clean(body);
    }

    private static string Clean(string text) => ServerAdvice().Replace(text, string.Empty).Trim();

    // "…, or enable stateless mode by setting X if your server doesn't need sessions", "If your server doesn't need
    // sessions, enable …", and the "See https://csharp.sdk… for more details." pointer.
    [GeneratedRegex(
        @",? or enable stateless mode by setting HttpServerTransportOptions\.[^ ]+ = [^ ]+ if your server doesn't need sessions"
        + @"|\s*If your server doesn't need sessions, enable stateless mode by setting HttpServerTransportOptions\.[^ ]+ = [^ ]+?\."
        + @"|\s*See https://csharp\.sdk\.modelcontextprotocol\.io\S* for more details\.",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ServerAdvice();

    /// <summary>Passes writes through, except that the body of a 400 answer is held back for rewriting.</summary>
    private sealed class BadRequestCapture(Stream inner, HttpResponse response) : Stream
    {
        private bool _decided;

        public MemoryStream? Captured { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
            if (Captured is null)
            {
                inner.Flush();
            }
        }

        public override Task FlushAsync(CancellationToken cancellationToken) =>
            Captured is null && _decided ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Target().Write(buffer, offset, count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Target().WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Target().WriteAsync(buffer, offset, count, cancellationToken);

        private Stream Target()
        {
            if (!_decided)
            {
                _decided = true;
                if (response.StatusCode == StatusCodes.Status400BadRequest)
                {
                    Captured = new MemoryStream();
                }
            }

            return Captured ?? inner;
        }
    }
}
