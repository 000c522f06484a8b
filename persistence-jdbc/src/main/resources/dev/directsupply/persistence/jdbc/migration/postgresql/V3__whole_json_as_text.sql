-- Document bodies and event payloads as JSON, not JSONB: the store writes and reads them whole and never
-- looks inside, and PostgreSQL checks JSON text without taking it apart and building it again, so each
-- write costs the server less (ADR 0038). Attributes stay JSONB: look-ups go through their GIN index.
-- Seals cover the canonical form of a body or payload, so text kept as written still matches them.

ALTER TABLE ds_documents ALTER COLUMN body TYPE JSON USING body::json;
ALTER TABLE ds_outbox ALTER COLUMN payload TYPE JSON USING payload::json;
