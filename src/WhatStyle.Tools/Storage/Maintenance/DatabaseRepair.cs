using System.Globalization;
using LiteDB;
using LiteDB.Engine;

namespace WhatStyle.Tools.Storage.Maintenance;

/// <summary>
/// <c>whatstyle storage repair</c>: salvages every readable document of a damaged LiteDB file into a fresh one and puts it
/// in the damaged file's place, keeping the damaged original (and its log) beside it with a timestamp suffix. Two readers
/// salvage, and their union is kept: LiteDB's rebuild reader, which walks every data page and skips the pages it cannot
/// read, and the ordinary engine reading each collection through its index until it fails. So an unsent outbox reply or a
/// dedupe entry that either can read is kept. Works on copies in a scratch folder; the original is never written.
/// </summary>
public static class DatabaseRepair
{
    private const string ScratchFolder = ".whatstyle-repair";

    /// <summary>
    /// Finishes an encrypt interrupted after its commit (or drops one interrupted before), so that a repair works on the
    /// data directory's files as they now are; returns what it did, or null when there was nothing.
    /// </summary>
    public static string? FinishInterruptedEncrypt(string dataDirectory) => StagedSwap.Recover(dataDirectory);

    /// <summary>
    /// Repairs <paramref name="path"/> if <see cref="StorageCheck"/> finds it damaged. The caller holds the bridge's lock.
    /// </summary>
    /// <exception cref="StorageException">The file is not damaged but unusable for another reason (password, version), or nothing could be salvaged.</exception>
    public static RepairResult Repair(string path, string? password, int schema, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        password = string.IsNullOrEmpty(password) ? null : password;
        var verdict = StorageCheck.Database(path, password, schema);
        if (verdict.Status != StoreStatus.Damaged)
        {
            return verdict.Healthy
                ? new RepairResult(Path.GetFileName(path), Repaired: false, verdict.Detail, new Dictionary<string, int>(), 0, null)
                : throw new StorageException($"{Path.GetFileName(path)} is not damaged but cannot be repaired either: {verdict.Detail}.");
        }

        var scratch = Path.Combine(Path.GetDirectoryName(path)!, ScratchFolder);
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        Directory.CreateDirectory(scratch);
        try
        {
            IReadOnlyDictionary<string, int> counts;
            int pageErrors;
            try
            {
                (counts, pageErrors) = Salvage(path, password, scratch);
            }
            catch (Exception ex) when (StorageGuard.SignalsDamage(ex))
            {
                throw new StorageException(
                    $"{Path.GetFileName(path)} is too damaged to salvage ({ex.Message.ReplaceLineEndings(" ")}): restore a backup; the file was left as it is.", ex);
            }

            var rebuilt = Path.Combine(scratch, "rebuilt.db");
            var aside = $"{path}.damaged-{time.GetUtcNow().ToString("yyyyMMddTHHmmss", CultureInfo.InvariantCulture)}";

            // The damaged original is kept first (a copy, made durable), its log moved beside it (it must not be replayed
            // onto the new file), and only then is the repaired file renamed over it: at no point is there no database.
            CopyDurably(path, aside);
            var log = BridgeFiles.LiteLogFileOf(path);
            if (File.Exists(log))
            {
                File.Move(log, BridgeFiles.LiteLogFileOf(path) + aside[path.Length..]);
            }

            File.Move(rebuilt, path, overwrite: true);
            return new RepairResult(Path.GetFileName(path), Repaired: true, verdict.Detail, counts, pageErrors, aside);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static (IReadOnlyDictionary<string, int> Counts, int PageErrors) Salvage(string path, string? password, string scratch)
    {
        var rebuilt = Path.Combine(scratch, "rebuilt.db");
        CopyWithLog(path, rebuilt);
        if (password is null)
        {
            // A clear header whose fixed text was overwritten stops every reader; the text is a constant, so it is put back.
            LiteFileHeader.RestoreInfo(rebuilt);
        }

        var pageErrors = 0;
        using (var database = LiteFiles.Open(rebuilt, password, readOnly: false))
        {
            var collation = new Collation(database.Pragma("COLLATION").AsString);
            database.Rebuild(new RebuildOptions { Password = password, Collation = collation, IncludeErrorReport = true });
            var errors = database.GetCollection("_rebuild_errors");
            pageErrors = errors.Count();
            database.DropCollection("_rebuild_errors");

            // The second reader: the engine over a second copy, collection by collection, keeping what it read before failing.
            var engineCopy = Path.Combine(scratch, "engine.db");
            CopyWithLog(path, engineCopy);
            if (password is null)
            {
                LiteFileHeader.RestoreInfo(engineCopy);
            }

            foreach (var (collection, documents) in ReadThroughEngine(engineCopy, password))
            {
                var target = database.GetCollection(collection);
                foreach (var document in documents.Where(d => target.FindById(d["_id"]) is null))
                {
                    target.Insert(document);
                }
            }

            database.Checkpoint();
        }

        using var repaired = LiteFiles.Open(rebuilt, password, readOnly: true);
        var counts = repaired.GetCollectionNames().Order(StringComparer.Ordinal)
            .ToDictionary(c => c, c => repaired.GetCollection(c).Count(), StringComparer.Ordinal);
        return (counts, pageErrors);
    }

    private static List<(string Collection, List<BsonDocument> Documents)> ReadThroughEngine(string path, string? password)
    {
        var salvaged = new List<(string, List<BsonDocument>)>();
        try
        {
            using var database = LiteFiles.Open(path, password, readOnly: true);
            foreach (var name in database.GetCollectionNames().ToList())
            {
                var documents = new List<BsonDocument>();
                try
                {
                    foreach (var document in database.GetCollection(name).FindAll())
                    {
                        documents.Add(document);
                    }
                }
#pragma warning disable CA1031 // Salvage: whatever stops this reader, what it read before stays salvaged.
                catch (Exception)
#pragma warning restore CA1031
                {
                }

                salvaged.Add((name, documents));
            }
        }
#pragma warning disable CA1031 // The engine cannot open the file at all: the rebuild reader's salvage stands alone.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return salvaged;
    }

    private static void CopyWithLog(string source, string target)
    {
        File.Copy(source, target, overwrite: true);
        if (File.Exists(BridgeFiles.LiteLogFileOf(source)))
        {
            File.Copy(BridgeFiles.LiteLogFileOf(source), BridgeFiles.LiteLogFileOf(target), overwrite: true);
        }
    }

    private static void CopyDurably(string source, string target)
    {
        using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        from.CopyTo(to);
        to.Flush(flushToDisk: true);
    }
}

/// <summary>What a repair did: documents now in each collection, pages the rebuild could not read, where the damaged file went.</summary>
public sealed record RepairResult(
    string File, bool Repaired, string Finding, IReadOnlyDictionary<string, int> Counts, int PageErrors, string? DamagedCopy);
