namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// One of bridge.db's files as LiteDB sees it. It reports every failed write (and the next one that works) to
/// <see cref="StorageStatus"/>, marks its <see cref="DatabaseGeneration"/> poisoned on a failed write (LiteDB's pages and
/// locks are then in an unknown state), and can be revoked: after <see cref="Revoke"/> every call throws
/// <see cref="StorageUnavailableException"/>, so an abandoned LiteDB engine can never write into the files its successor
/// opened. <see cref="Flush()"/> goes to the disk (LiteDB only calls it where it wants durability).
/// </summary>
internal sealed class GuardedFileStream(FileStream inner, StorageFaults faults, StorageStatus status, Action<Exception> poison) : Stream
{
    private volatile bool _revoked;

    public override bool CanRead => !_revoked && inner.CanRead;
    public override bool CanSeek => !_revoked && inner.CanSeek;
    public override bool CanWrite => !_revoked && inner.CanWrite;
    public override long Length => Guard(() => inner.Length);

    public override long Position
    {
        get => Guard(() => inner.Position);
        set => Guard(() => inner.Position = value);
    }

    /// <summary>Closes the file; every later call fails as storage unavailable.</summary>
    public void Revoke()
    {
        _revoked = true;
        inner.Dispose();
    }

    public override int Read(byte[] buffer, int offset, int count) => Guard(() => inner.Read(buffer, offset, count));

    public override long Seek(long offset, SeekOrigin origin) => Guard(() => inner.Seek(offset, origin));

    public override void Write(byte[] buffer, int offset, int count) => Writing(() =>
    {
        inner.Write(buffer, offset, count);
        return 0;
    });

    public override void SetLength(long value) => Writing(() =>
    {
        inner.SetLength(value);
        return 0;
    });

    public override void Flush() => Writing(() =>
    {
        inner.Flush(flushToDisk: true);
        return 0;
    });

    private T Writing<T>(Func<T> write)
    {
        try
        {
            ThrowIfRevoked();
            faults.ThrowIfFailing();
            var result = write();
            status.Succeeded();
            return result;
        }
        catch (Exception ex) when (ex is not StorageUnavailableException)
        {
            if (_revoked)
            {
                throw new StorageUnavailableException("bridge.db is being reopened after a failed write.", ex);
            }

            status.Failed(ex.GetType().Name);
            poison(ex);
            throw;
        }
    }

    private T Guard<T>(Func<T> call)
    {
        ThrowIfRevoked();
        try
        {
            return call();
        }
        catch (ObjectDisposedException ex) when (_revoked)
        {
            throw new StorageUnavailableException("bridge.db is being reopened after a failed write.", ex);
        }
    }

    private void ThrowIfRevoked()
    {
        if (_revoked)
        {
            throw new StorageUnavailableException("bridge.db is being reopened after a failed write.");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
