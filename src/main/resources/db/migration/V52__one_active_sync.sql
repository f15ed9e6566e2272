-- Issue 15: at most one sync run is queued or running at a time, on every replica together. A run that is QUEUED or
-- RUNNING holds active_slot = 1; a unique index (several NULLs allowed, in H2 and PostgreSQL alike) refuses a second.
alter table sync_log add column active_slot integer;
create unique index ux_sync_log_active on sync_log (active_slot);
