-- A run of contact changes (a burst of ConnectWise callbacks) reads and replaces its contacts together:
-- "generation = ? and id in (...)". H2 uses an index for an IN list only on the index's first column, so the
-- contact's id leads these two indexes. Generation-wide queries keep (generation, company_id) on both tables.
drop index ux_indexed_contact;
create unique index ux_indexed_contact on indexed_contact (id, generation);
drop index ix_phone_entry_contact;
create index ix_phone_entry_contact on phone_entry (contact_id, generation);
