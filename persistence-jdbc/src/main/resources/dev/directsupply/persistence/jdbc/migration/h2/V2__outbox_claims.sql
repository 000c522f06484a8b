-- A relay claims the events it hands out by marking them, in a short transaction of its own, and
-- holds no connection while its handler runs: a pool of one connection is enough. A claim lapses at
-- claimed_until, so the events of a relay that died go out again (delivery is at least once).

ALTER TABLE ds_outbox ADD COLUMN IF NOT EXISTS claim_id UUID;
ALTER TABLE ds_outbox ADD COLUMN IF NOT EXISTS claimed_until TIMESTAMP(6) WITH TIME ZONE;
