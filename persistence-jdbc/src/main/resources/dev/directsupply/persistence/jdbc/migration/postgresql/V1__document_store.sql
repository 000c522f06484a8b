-- The storage SPI's tables on PostgreSQL. Versioned like a Flyway migration (V1__…); a host may
-- apply these files with its own tool instead of JdbcMigrations.
-- Ids and names collate as "C" so scans come back in plain code-point order.

CREATE TABLE ds_documents (
    collection  VARCHAR(63)  COLLATE "C" NOT NULL,
    id          VARCHAR(128) COLLATE "C" NOT NULL,
    version     BIGINT       NOT NULL CHECK (version > 0),
    body        JSONB        NOT NULL,
    attributes  JSONB        NOT NULL DEFAULT '{}',
    audit_hash  VARCHAR(128) NOT NULL DEFAULT '',
    PRIMARY KEY (collection, id)
);
-- Look-ups by attribute (attributes @> '{"name": "value"}') use this index; an update that leaves
-- the attributes as they were does not touch it.
CREATE INDEX ds_documents_attributes ON ds_documents USING GIN (attributes jsonb_path_ops);

CREATE TABLE ds_outbox (
    sequence          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          UUID         NOT NULL UNIQUE,
    type              VARCHAR(200) NOT NULL,
    collection        VARCHAR(63)  NOT NULL,
    aggregate_id      VARCHAR(128) NOT NULL,
    aggregate_version BIGINT       NOT NULL,
    occurred_at       TIMESTAMPTZ  NOT NULL,
    payload           JSONB        NOT NULL,
    dispatched_at     TIMESTAMPTZ
);
CREATE INDEX ds_outbox_pending ON ds_outbox (sequence) WHERE dispatched_at IS NULL;

-- Audit details are TEXT, not JSONB: the hash chain covers them to the byte.
CREATE TABLE ds_audit (
    collection    VARCHAR(63)  NOT NULL,
    document_id   VARCHAR(128) NOT NULL,
    version       BIGINT       NOT NULL,
    actor_id      VARCHAR(200) NOT NULL,
    action        VARCHAR(200) NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    detail        TEXT         NOT NULL,
    body_hash     VARCHAR(128) NOT NULL,
    previous_hash VARCHAR(128) NOT NULL,
    hash          VARCHAR(128) NOT NULL,
    PRIMARY KEY (collection, document_id, version)
);
