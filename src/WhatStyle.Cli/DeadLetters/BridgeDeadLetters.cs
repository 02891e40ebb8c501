using System.Net.Http.Json;
using System.Text.Json;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.DeadLetters;

/// <summary>
/// The bridge's dead letters, for the owner. bridge.db belongs to the bridge's LiteDB writer and a second process opening
/// it beside that writer is not safe, so the file is read (read-only) only while this process holds the bridge's lock
/// file itself (<see cref="BridgeLockFile"/>): then no bridge runs with this data directory. Otherwise a bridge runs and
/// is asked at <c>GET /admin/dead-letters</c> (loopback only), at <c>--bridge-url</c> / <see cref="BridgeFiles.UrlEnvironmentVariable"/>
/// when given, else at the address it published, else at <see cref="BridgeFiles.DefaultUrl"/>; whatever happens there,
/// its database is never opened. Changes go through request files in <c>&lt;data-dir&gt;/bridge-requests/</c> that the
/// bridge applies, since it is bridge.db's only writer. The names are the bridge's contract, in <see cref="BridgeFiles"/>
/// (docs/bridge.md, "Dead letters").
/// </summary>
/// <param name="dataDirectory">The data directory the bridge uses.</param>
/// <param name="explicitUrl">--bridge-url or the environment variable; null to use the address the bridge published.</param>
/// <param name="handler">HTTP handler (tests).</param>
/// <param name="postgres">With <c>Storage:Provider = postgres</c>, the connection string: with no bridge running the dead
/// letters are read there, where the bridges keep them, not from bridge.db.</param>
internal sealed class BridgeDeadLetters(string dataDirectory, Uri? explicitUrl, HttpMessageHandler? handler = null, string? postgres = null)
{
    /// <summary>How long a running bridge gets to answer.</summary>
    private static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Dead letters, oldest first, and where they were read from (for the owner: which source was used).</summary>
    /// <exception cref="UserErrorException">A running bridge did not answer properly, or there is no bridge and no readable bridge.db.</exception>
    public async Task<(IReadOnlyList<BridgeDeadLetter> Letters, string Source)> ListAsync(CancellationToken cancellationToken)
    {
        using (var held = BridgeLockFile.TryAcquire(dataDirectory))
        {
            if (held is not null)
            {
                // No bridge holds the lock, so none runs with this directory; and none can start while this holds it.
                if (postgres is not null)
                {
                    return (BridgePostgresDeadLetters.Read(postgres),
                        $"read from PostgreSQL, every number on the database (no bridge running with {dataDirectory}: {BridgeFiles.LockFile} was free)");
                }

                var path = Path.Combine(dataDirectory, BridgeFiles.DatabaseFile);
                if (!File.Exists(path))
                {
                    return ([], $"none yet: no bridge has run with {dataDirectory} ({BridgeFiles.DatabaseFile} does not exist)");
                }

                return (BridgeFileDeadLetters.Read(path, Environment.GetEnvironmentVariable(StorageOptions.PasswordEnvironmentVariable)), $"read from {path} (no bridge running: {BridgeFiles.LockFile} was free)");
            }
        }

        var bridgeUrl = explicitUrl ?? BridgeLockFile.ReadAdminUrl(dataDirectory) ?? new Uri(BridgeFiles.DefaultUrl);
        return (await AskAsync(bridgeUrl, cancellationToken), $"from the running bridge at {bridgeUrl}");
    }

    private async Task<IReadOnlyList<BridgeDeadLetter>> AskAsync(Uri bridgeUrl, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(bridgeUrl, BridgeFiles.DeadLettersPath);
        // Never through a proxy (HTTP_PROXY): the bridge answers only direct requests from this machine.
        using var http = new HttpClient(handler ?? new SocketsHttpHandler { UseProxy = false }, disposeHandler: handler is null);
        http.Timeout = AskTimeout;
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(endpoint, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A bridge holds the lock, so its database is off limits whatever answers here.
            throw new UserErrorException(
                $"A bridge is running with {dataDirectory} (it holds {BridgeFiles.LockFile}) but {bridgeUrl} did not answer {BridgeFiles.DeadLettersPath} " +
                $"({ex.GetType().Name}). If it is starting, try again; else point --bridge-url (or {BridgeFiles.UrlEnvironmentVariable}) at its local address.", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new UserErrorException(
                    $"The bridge at {bridgeUrl} answered {(int)response.StatusCode} to {BridgeFiles.DeadLettersPath}; it lists dead letters only to requests " +
                    $"from this machine that no proxy passed on. Point --bridge-url (or {BridgeFiles.UrlEnvironmentVariable}) at its local address.");
            }

            try
            {
                var letters = await response.Content.ReadFromJsonAsync<List<BridgeDeadLetter>>(WhatStyleJson.Options, cancellationToken);
                return letters ?? [];
            }
            catch (JsonException ex)
            {
                throw new UserErrorException($"{bridgeUrl} answered {BridgeFiles.DeadLettersPath} with something that is not a dead-letter list; is it the WhatStyle bridge?", ex);
            }
        }
    }

    /// <summary>Asks the bridge to retry (<c>retry</c>) or drop (<c>dismiss</c>) the dead letter <paramref name="id"/>.</summary>
    /// <returns>The request file written.</returns>
    public async Task<string> RequestAsync(string action, string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var (letters, _) = await ListAsync(cancellationToken);
        var letter = letters.FirstOrDefault(d => d.Id == id)
            ?? throw new UserErrorException($"No dead letter with id '{id}'; `whatstyle deadletters list` shows them.");
        if (letter.Corrupt && action == "retry")
        {
            throw new UserErrorException($"Dead letter '{id}' {BridgeDeadLetter.CorruptRetryRefusal}: `whatstyle deadletters dismiss {id}`.");
        }

        return await WriteRequestAsync(new { action, id }, cancellationToken);
    }

    /// <summary>Asks the bridge to retry every dead letter (created since <paramref name="since"/>, when given).</summary>
    /// <returns>How many dead letters that covers now (corrupt webhook bodies, which cannot be retried, not counted).</returns>
    public async Task<int> RequestRetryAllAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var (letters, _) = await ListAsync(cancellationToken);
        var count = letters.Count(d => !d.Corrupt && (since is null || d.CreatedAt >= since));
        await WriteRequestAsync(new { action = BridgeFiles.RetryAllAction, since }, cancellationToken);
        return count;
    }

    private async Task<string> WriteRequestAsync(object request, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataDirectory, BridgeFiles.RequestsFolder);
        Directory.CreateDirectory(folder);
        var name = $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}{BridgeFiles.RequestExtension}";
        var temporary = Path.Combine(folder, name + ".tmp");

        // Written aside and renamed, so the bridge never reads a half-written request.
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(request), cancellationToken);
        var final = Path.Combine(folder, name);
        File.Move(temporary, final);
        return final;
    }
}
