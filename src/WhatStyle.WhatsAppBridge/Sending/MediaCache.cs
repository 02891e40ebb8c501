using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>Uploads sticker files once and reuses their media id (keyed by file content) while it is still valid.</summary>
internal sealed class MediaCache(BridgeDatabase database, GraphApiClient graph, TimeProvider time, IOptionsMonitor<SendingOptions> options)
{
    /// <summary>The media id for the file, uploading it when no valid id is cached; a failed upload is returned as-is.</summary>
    public async Task<GraphApiResult> GetOrUploadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            // Parameter-class error: retrying cannot make a missing file appear.
            return new GraphApiResult { HttpStatus = 400, ErrorCode = 100, ErrorMessage = $"sticker file not found: {Path.GetFileName(path)}" };
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path, cancellationToken)));
        var now = time.GetUtcNow();
        var cached = database.Media.FindById(key);
        if (cached is not null && DateTimeOffset.FromUnixTimeMilliseconds(cached.UploadedAtMs) + options.CurrentValue.MediaIdLifetime > now)
        {
            return GraphApiResult.Ok(cached.MediaId);
        }

        var uploaded = await graph.UploadMediaAsync(path, "image/webp", cancellationToken);
        if (uploaded is { Success: true, Id: { } mediaId })
        {
            database.Media.Upsert(new MediaRecord { Id = key, MediaId = mediaId, UploadedAtMs = now.ToUnixTimeMilliseconds() });
        }

        return uploaded;
    }
}
