-- Issue 11: a full sync that would shrink the index below SYNC_MIN_RATIO is refused (status REFUSED)
-- and recorded with the numbers it found against the numbers the live index serves.
alter table sync_log add column live_numbers integer;
alter table sync_log add column new_numbers integer;
alter table sync_log add column forced boolean default false not null;
