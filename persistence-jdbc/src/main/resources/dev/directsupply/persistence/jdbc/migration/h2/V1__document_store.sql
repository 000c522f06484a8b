-- The storage SPI's tables on H2 (embedded, file or memory). Versioned like a Flyway migration
-- (V1__…); a host may apply these files with its own tool instead of JdbcMigrations.
-- H2 commits DDL as it goes, so every statement may run again after a failed run.

CREATE TABLE IF NOT EXISTS ds_documents (
    collection  VARCHAR(63)  NOT NULL,
    id          VARCHAR(128) NOT NULL,
    version     BIGINT       NOT NULL CHECK (version > 0),
    body        CHARACTER LARGE OBJECT NOT NULL,
    attributes  CHARACTER LARGE OBJECT NOT NULL DEFAULT '{}',
    audit_hash  VARCHAR(128) NOT NULL DEFAULT '',
    PRIMARY KEY (collection, id)
);

-- H2 has no JSON containment index: one row per indexed attribute of the current version.
CREATE TABLE IF NOT EXISTS ds_attributes (
    collection  VARCHAR(63)  NOT NULL,
    id          VARCHAR(128) NOT NULL,
    attr_name   VARCHAR(63)  NOT NULL,
    attr_value  VARCHAR(256) NOT NULL,
    PRIMARY KEY (collection, id, attr_name),
    FOREIGN KEY (collection, id) REFERENCES ds_documents (collection, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS ds_attributes_by_value ON ds_attributes (collection, attr_name, attr_value, id);

CREATE TABLE IF NOT EXISTS ds_outbox (
    sequence          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          UUID         NOT NULL UNIQUE,
    type              VARCHAR(200) NOT NULL,
    collection        VARCHAR(63)  NOT NULL,
    aggregate_id      VARCHAR(128) NOT NULL,
    aggregate_version BIGINT       NOT NULL,
    occurred_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    payload           CHARACTER LARGE OBJECT NOT NULL,
    dispatched_at     TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS ds_outbox_pending ON ds_outbox (dispatched_at, sequence);

CREATE TABLE IF NOT EXISTS ds_audit (
    collection    VARCHAR(63)  NOT NULL,
    document_id   VARCHAR(128) NOT NULL,
    version       BIGINT       NOT NULL,
    actor_id      VARCHAR(200) NOT NULL,
    action        VARCHAR(200) NOT NULL,
    occurred_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    detail        CHARACTER LARGE OBJECT NOT NULL,
    body_hash     VARCHAR(128) NOT NULL,
    previous_hash VARCHAR(128) NOT NULL,
    hash          VARCHAR(128) NOT NULL,
    PRIMARY KEY (collection, document_id, version)
);
