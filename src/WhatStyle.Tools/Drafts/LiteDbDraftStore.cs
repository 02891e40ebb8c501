using LiteDB;
using WhatStyle.Tools.Events;

namespace WhatStyle.Tools.Drafts;

/// <summary><see cref="IDraftStore"/> in the shared LiteDB database, collection <c>drafts</c>.</summary>
internal sealed class LiteDbDraftStore : IDraftStore
{
    public const string CollectionName = "drafts";

    private readonly ILiteCollection<DraftDocument> _drafts;
    private readonly TimeProvider _time;
    private readonly ILiteDatabase _database;
    private readonly EventRecorder? _events;

    // LiteDB serialises writes per database; this lock makes read-check-write sequences atomic within the process.
    private readonly Lock _gate = new();

    public LiteDbDraftStore(ILiteDatabase database, TimeProvider time, EventRecorder? events = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _events = events;
        _drafts = database.GetCollection<DraftDocument>(CollectionName);
        _drafts.EnsureIndex(d => d.Status);
        _time = time;
    }

    public Task<bool> AddAsync(Draft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Id);
        lock (_gate)
        {
            if (_drafts.FindById(draft.Id) is not null)
            {
                return Task.FromResult(false);
            }

            // The draft and its draft_created event are committed together (the outbox lives in this database).
            var ownsTransaction = _database.BeginTrans();
            try
            {
                _drafts.Insert(DraftDocument.From(draft));
                _events?.Record(EventTypes.DraftCreated, new DraftCreatedData(draft.Id, draft.Contact, draft.Chat, draft.Group, draft.Source, draft.CreatedAt));
                if (ownsTransaction)
                {
                    _database.Commit();
                }
            }
            catch
            {
                if (ownsTransaction)
                {
                    _database.Rollback();
                }

                throw;
            }

            return Task.FromResult(true);
        }
    }

    public Task<Draft?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Task.FromResult(_drafts.FindById(id)?.ToDraft());
    }

    public Task<IReadOnlyList<Draft>> ListAsync(DraftStatus? status = null, CancellationToken cancellationToken = default)
    {
        var documents = status is { } s
            ? _drafts.Find(d => d.Status == s.ToString())
            : _drafts.FindAll();
        IReadOnlyList<Draft> drafts = [.. documents.Select(d => d.ToDraft()).OrderBy(d => d.CreatedAt).ThenBy(d => d.Id, StringComparer.Ordinal)];
        return Task.FromResult(drafts);
    }

    public Task<Draft> ApproveAsync(string id, string? editedText = null, CancellationToken cancellationToken = default)
    {
        if (editedText is not null && string.IsNullOrWhiteSpace(editedText))
        {
            throw new ArgumentException("The edited text is empty.", nameof(editedText));
        }

        return Task.FromResult(Decide(id, DraftStatus.Approved, editedText));
    }

    public Task<Draft> RejectAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Decide(id, DraftStatus.Rejected, editedText: null));

    public Task<Draft> WithdrawAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Decide(id, DraftStatus.Withdrawn, editedText: null));

    public Task MarkSentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        lock (_gate)
        {
            var document = _drafts.FindById(id) ?? throw new KeyNotFoundException($"No draft with id '{id}'.");
            if (document.Status == nameof(DraftStatus.Sent))
            {
                return Task.CompletedTask;
            }

            if (document.Status != nameof(DraftStatus.Approved))
            {
                throw new InvalidOperationException($"Draft '{id}' is {document.Status.ToLowerInvariant()}, not approved.");
            }

            document.Status = nameof(DraftStatus.Sent);
            document.UpdatedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            _drafts.Update(document);
            return Task.CompletedTask;
        }
    }

    private Draft Decide(string id, DraftStatus status, string? editedText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        lock (_gate)
        {
            var document = _drafts.FindById(id) ?? throw new KeyNotFoundException($"No draft with id '{id}'.");
            if (document.Status != nameof(DraftStatus.Pending))
            {
                throw new InvalidOperationException($"Draft '{id}' is already {document.Status.ToLowerInvariant()}.");
            }

            document.Status = status.ToString();
            document.Edited = editedText is not null && !string.Equals(editedText, document.Text, StringComparison.Ordinal);
            document.Text = editedText ?? document.Text;
            document.UpdatedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            _drafts.Update(document);
            return document.ToDraft();
        }
    }
}
