-- Issue 15: several replicas on one database.
-- The change log: every write to the live generation (one row per transaction of IndexService.apply, one per
-- generation switch) records the revisions it moved the index from and to, and the E.164 numbers whose matches
-- changed. Other replicas patch their in-memory view from it when notified (PostgreSQL LISTEN/NOTIFY) and, as a
-- safety net, whenever their view's revision is behind index_state's. Rows older than an hour are purged.
create table index_change (
    revision      bigint       not null primary key,
    from_revision bigint       not null,
    generation    bigint       not null,
    -- comma-separated E.164 numbers; null when too many to list (readers then reload the whole generation)
    numbers       varchar(1000000),
    changed_at    timestamp(3) with time zone not null
);
create index ix_index_change_at on index_change (changed_at);

-- which replica ran (or runs) a sync; QUEUED runs wait for the sync leader
alter table sync_log add column replica varchar(100);
