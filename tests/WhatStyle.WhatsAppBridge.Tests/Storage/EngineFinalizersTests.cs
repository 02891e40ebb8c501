using LiteDB;
using LiteDB.Engine;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Tests.Storage;

public sealed class EngineFinalizersTests
{
    [Fact]
    public void Suppress_AnEngineWithAnOpenTransaction_FindsIt()
    {
        // Guards the reflection into LiteDB's internals: a LiteDB upgrade that renames them fails here, not in production.
        using var engine = new LiteEngine(new EngineSettings { DataStream = new MemoryStream(), LogStream = new MemoryStream() });
        using var database = new LiteDatabase(engine);
        database.BeginTrans();
        database.GetCollection("things").Insert(new BsonDocument { ["_id"] = 1 });

        Assert.Equal(1, EngineFinalizers.Suppress(engine));

        database.Rollback();
    }
}
