"""Schema versions, oldest first. Version N is MIGRATIONS[N-1]; `PRAGMA user_version` records the
last one applied. Never edit a released script: append a new one. SQL stays portable where it costs
nothing (TEXT ISO times in UTC, INTEGER booleans) so a PostgreSQL store can follow the same shape."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: the whole first schema
    """
    CREATE TABLE units (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        parent_id   TEXT REFERENCES units(id)
    );
    CREATE TABLE officials (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        title         TEXT NOT NULL DEFAULT '',
        unit_id       TEXT NOT NULL REFERENCES units(id),
        role          TEXT NOT NULL CHECK (role IN ('official', 'leader', 'admin')),
        leader_id     TEXT REFERENCES officials(id),
        paused_until  TEXT,
        active        INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE INDEX officials_leader ON officials(leader_id);
    CREATE TABLE chat_identities (
        channel      TEXT NOT NULL,
        external_id  TEXT NOT NULL,
        chat_id      TEXT NOT NULL,
        official_id  TEXT NOT NULL REFERENCES officials(id),
        bound_at     TEXT NOT NULL,
        PRIMARY KEY (channel, external_id)
    );
    CREATE INDEX chat_identities_official ON chat_identities(official_id);
    CREATE TABLE tasks (
        id              TEXT PRIMARY KEY,
        official_id     TEXT NOT NULL REFERENCES officials(id),
        position        INTEGER NOT NULL,
        text            TEXT NOT NULL,
        target          REAL,
        target_unit     TEXT,
        direction       TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most', 'done')),
        start_month     TEXT,
        deadline_month  TEXT NOT NULL,
        active          INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL
    );
    CREATE INDEX tasks_official ON tasks(official_id, position);
    CREATE TABLE messages (
        id                   INTEGER PRIMARY KEY,
        channel              TEXT NOT NULL,
        chat_id              TEXT NOT NULL,
        sender_external_id   TEXT NOT NULL,
        external_update_id   TEXT,
        external_message_id  TEXT,
        official_id          TEXT REFERENCES officials(id),
        kind                 TEXT NOT NULL,
        text                 TEXT NOT NULL,
        edit_of              INTEGER REFERENCES messages(id),
        received_at          TEXT NOT NULL,
        parse_status         TEXT,
        parse_detail         TEXT
    );
    CREATE UNIQUE INDEX messages_update ON messages(channel, external_update_id)
        WHERE external_update_id IS NOT NULL;
    CREATE INDEX messages_external ON messages(channel, chat_id, external_message_id);
    CREATE INDEX messages_official ON messages(official_id, received_at);
    CREATE TABLE updates (
        id           INTEGER PRIMARY KEY,
        task_id      TEXT NOT NULL REFERENCES tasks(id),
        kind         TEXT NOT NULL CHECK (kind IN ('absolute', 'increment', 'done', 'note')),
        value        REAL,
        note         TEXT NOT NULL DEFAULT '',
        message_id   INTEGER REFERENCES messages(id),
        author_id    TEXT REFERENCES officials(id),
        created_at   TEXT NOT NULL,
        undone_at    TEXT,
        undone_by    TEXT,
        undo_reason  TEXT,
        replaces_id  INTEGER REFERENCES updates(id)
    );
    CREATE INDEX updates_task ON updates(task_id, id);
    CREATE INDEX updates_message ON updates(message_id);
    CREATE INDEX updates_author ON updates(author_id, id);
    CREATE TABLE pending_choices (
        id           INTEGER PRIMARY KEY,
        official_id  TEXT NOT NULL REFERENCES officials(id),
        message_id   INTEGER REFERENCES messages(id),
        kind         TEXT NOT NULL,
        payload      TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        resolved_at  TEXT,
        resolution   TEXT
    );
    CREATE INDEX pending_official ON pending_choices(official_id, id);
    CREATE TABLE invites (
        code_hash         TEXT PRIMARY KEY,
        official_id       TEXT NOT NULL REFERENCES officials(id),
        created_by        TEXT,
        created_at        TEXT NOT NULL,
        expires_at        TEXT NOT NULL,
        used_at           TEXT,
        used_by_channel   TEXT,
        used_by_external  TEXT
    );
    CREATE TABLE invite_failures (
        id           INTEGER PRIMARY KEY,
        channel      TEXT NOT NULL,
        external_id  TEXT NOT NULL,
        at           TEXT NOT NULL
    );
    CREATE INDEX invite_failures_sender ON invite_failures(channel, external_id, at);
    CREATE TABLE outbox (
        id                   INTEGER PRIMARY KEY,
        dedupe_key           TEXT NOT NULL UNIQUE,
        official_id          TEXT REFERENCES officials(id),
        channel              TEXT,
        chat_id              TEXT,
        kind                 TEXT NOT NULL,
        text                 TEXT NOT NULL,
        task_ids             TEXT NOT NULL DEFAULT '[]',
        due_at               TEXT NOT NULL,
        status               TEXT NOT NULL DEFAULT 'pending'
                             CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
        attempts             INTEGER NOT NULL DEFAULT 0,
        next_attempt_at      TEXT,
        last_error           TEXT,
        sent_at              TEXT,
        external_message_id  TEXT,
        created_at           TEXT NOT NULL
    );
    CREATE INDEX outbox_due ON outbox(status, due_at);
    CREATE INDEX outbox_official ON outbox(official_id, due_at);
    CREATE TABLE audit_log (
        id       INTEGER PRIMARY KEY,
        at       TEXT NOT NULL,
        actor    TEXT,
        action   TEXT NOT NULL,
        subject  TEXT,
        detail   TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_subject ON audit_log(subject, id);
    """,
    # 2: reminders — which reminder triggers each outbox message delivers (so re-planning never doubles
    # and a message skipped or lost can hand its triggers back), and when a message failed for good
    """
    CREATE TABLE reminder_covers (
        trigger_key  TEXT PRIMARY KEY,
        outbox_key   TEXT NOT NULL,
        official_id  TEXT,
        day          TEXT NOT NULL
    );
    CREATE INDEX reminder_covers_day ON reminder_covers(day);
    CREATE INDEX reminder_covers_outbox ON reminder_covers(outbox_key);
    ALTER TABLE outbox ADD COLUMN failed_at TEXT;
    CREATE INDEX outbox_failed ON outbox(status, failed_at);
    """,
    # 3: the durable inbox — every raw update a chat channel fetched, stored before the channel confirms
    # it (Telegram forgets an update once the next getUpdates carries a higher offset), with the
    # replies the core produced for it, so a crash between fetching, handling and answering loses nothing
    """
    CREATE TABLE inbox (
        id            INTEGER PRIMARY KEY,
        channel       TEXT NOT NULL,
        update_id     TEXT NOT NULL,
        payload       TEXT NOT NULL,
        received_at   TEXT NOT NULL,
        replies       TEXT,
        replies_sent  INTEGER NOT NULL DEFAULT 0,
        handled_at    TEXT,
        UNIQUE (channel, update_id)
    );
    CREATE INDEX inbox_open ON inbox(channel, id) WHERE handled_at IS NULL;
    CREATE INDEX inbox_handled ON inbox(handled_at) WHERE handled_at IS NOT NULL;
    """,
]
