namespace WhatStyle.Storage.Postgres.Migrations;

/// <summary>
/// The schema's steps, oldest first. Times are Unix milliseconds plus an offset in minutes, like the LiteDB documents,
/// so both providers return the same <see cref="DateTimeOffset"/>. Ids are compared and ordered byte-wise
/// (<c>COLLATE "C"</c>), as .NET's ordinal comparison does.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "domain stores: contacts, groups, messages, exchanges, tone history, drafts, retry queue", """
            CREATE TABLE contacts (
                id text COLLATE "C" PRIMARY KEY,
                display_name text NOT NULL,
                aliases text[] NOT NULL,
                phone_numbers text[] NOT NULL,
                whatsapp_ids text[] NOT NULL,
                settings jsonb NOT NULL,
                style jsonb NOT NULL);
            CREATE TABLE contact_keys (
                key text COLLATE "C" PRIMARY KEY,
                contact_id text COLLATE "C" NOT NULL REFERENCES contacts (id) ON DELETE CASCADE);
            CREATE INDEX contact_keys_contact ON contact_keys (contact_id);

            CREATE TABLE groups (
                id text COLLATE "C" PRIMARY KEY,
                name text NOT NULL,
                member_ids text[] NOT NULL,
                style jsonb NOT NULL);
            -- The groups of one contact are an index lookup (member_ids @> ARRAY[id]), not a scan.
            CREATE INDEX groups_members ON groups USING gin (member_ids);
            CREATE TABLE group_keys (
                key text COLLATE "C" PRIMARY KEY,
                group_id text COLLATE "C" NOT NULL REFERENCES groups (id) ON DELETE CASCADE);

            CREATE TABLE messages (
                id text COLLATE "C" PRIMARY KEY,
                conversation text COLLATE "C" NOT NULL,
                unix_ms bigint NOT NULL,
                offset_minutes integer NOT NULL,
                contact_id text NOT NULL,
                group_id text,
                direction smallint NOT NULL,
                text text NOT NULL,
                written_by_whatstyle boolean NOT NULL DEFAULT false);
            -- "The newest N of a conversation before T" walks this index backwards.
            CREATE INDEX messages_conversation_time ON messages (conversation, unix_ms, id);

            CREATE TABLE exchanges (
                id text COLLATE "C" PRIMARY KEY,
                conversation text COLLATE "C" NOT NULL,
                incoming text NOT NULL,
                reply text NOT NULL,
                unix_ms bigint NOT NULL,
                offset_minutes integer NOT NULL,
                -- int8-quantised like LiteDB's (VectorCodec): a quarter of the floats' size.
                vector bytea NOT NULL,
                model text NOT NULL);
            CREATE INDEX exchanges_conversation ON exchanges (conversation);

            CREATE TABLE tone_history (
                message_id text COLLATE "C" PRIMARY KEY,
                sentiment double precision NOT NULL,
                emotion integer NOT NULL);

            CREATE TABLE drafts (
                id text COLLATE "C" PRIMARY KEY,
                contact text NOT NULL,
                chat text NOT NULL,
                group_id text,
                in_reply_to text,
                incoming_text text NOT NULL,
                text text NOT NULL,
                sticker_path text,
                source text NOT NULL,
                provider text,
                crisis text,
                status text NOT NULL,
                edited boolean NOT NULL,
                created_at_ms bigint NOT NULL,
                updated_at_ms bigint);
            CREATE INDEX drafts_status ON drafts (status, created_at_ms);

            CREATE TABLE reply_retries (
                id text COLLATE "C" PRIMARY KEY,
                status text NOT NULL,
                enqueued_at_ms bigint NOT NULL,
                item jsonb NOT NULL);
            CREATE INDEX reply_retries_status ON reply_retries (status);
            """),
        new(2, "copy checkpoints: how far `whatstyle migrate --to postgres` got in each store", """
            CREATE TABLE copy_progress (
                store text PRIMARY KEY,
                -- The last LiteDB _id copied, compared by LiteDB (its collation) when the copy resumes.
                last_id text NOT NULL,
                copied bigint NOT NULL);
            """),
    ];
}
