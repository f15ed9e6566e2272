-- Every write to the live index generation bumps the revision, so an in-memory snapshot on disk
-- can prove it still matches the tables (IndexSnapshot).
alter table index_state add column revision bigint default 0 not null;
