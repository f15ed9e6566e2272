-- OpenPhone contacts this service pushed: one row per ConnectWise contact, naming the OpenPhone
-- contact it became, so a later change (a number added, a company push) updates that contact
-- instead of creating a second one.
create table openphone_contact (
    connectwise_contact_id integer      not null primary key,
    openphone_contact_id   varchar(64)  not null,
    pushed_at              timestamp(3) with time zone not null
);
