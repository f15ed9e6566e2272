-- The phone index. Every row belongs to a generation: a full sync writes a new generation
-- beside the current one and switches index_state.current_generation only when it completes,
-- so a failed sync never leaves a half-built index behind.

create table index_state (
    id                    integer      not null primary key,
    current_generation    bigint       not null,
    full_synced_at        timestamp(3) with time zone,
    incremental_watermark timestamp(3) with time zone
);
insert into index_state (id, current_generation) values (1, 0);

create sequence phone_entry_seq start with 1 increment by 500;
create table phone_entry (
    id                 bigint       not null primary key,
    generation         bigint       not null,
    e164               varchar(20)  not null,
    raw_value          varchar(250) not null,
    extension          varchar(15),
    phone_type         varchar(50),
    source             varchar(20)  not null, -- CONTACT, COMPANY_MAIN, COMPANY_FAX
    company_id         integer,
    company_identifier varchar(30),
    company_name       varchar(100),
    contact_id         integer,
    contact_name       varchar(120),
    contact_first_name varchar(60),
    contact_last_name  varchar(60),
    contact_email      varchar(250),
    record_updated_at  timestamp(3) with time zone,
    synced_at          timestamp(3) with time zone not null
);
create index ix_phone_entry_number on phone_entry (generation, e164);
create index ix_phone_entry_contact on phone_entry (generation, contact_id);
create index ix_phone_entry_company on phone_entry (generation, company_id);

create sequence indexed_company_seq start with 1 increment by 500;
create table indexed_company (
    row_id        bigint       not null primary key,
    generation    bigint       not null,
    id            integer      not null,
    identifier    varchar(30),
    name          varchar(100),
    status        varchar(50),
    address_line1 varchar(100),
    address_line2 varchar(100),
    city          varchar(60),
    state         varchar(60),
    zip           varchar(20),
    country       varchar(60),
    phone_number  varchar(40),
    fax_number    varchar(40),
    website       varchar(255),
    updated_at    timestamp(3) with time zone,
    synced_at     timestamp(3) with time zone not null
);
create unique index ux_indexed_company on indexed_company (generation, id);

create sequence indexed_contact_seq start with 1 increment by 500;
create table indexed_contact (
    row_id        bigint       not null primary key,
    generation    bigint       not null,
    id            integer      not null,
    company_id    integer,
    first_name    varchar(60),
    last_name     varchar(60),
    title         varchar(100),
    emails        varchar(1000),
    inactive      boolean      not null,
    updated_at    timestamp(3) with time zone,
    synced_at     timestamp(3) with time zone not null
);
create unique index ux_indexed_contact on indexed_contact (generation, id);
create index ix_indexed_contact_company on indexed_contact (generation, company_id);

create sequence sync_log_seq start with 1 increment by 1;
create table sync_log (
    id                bigint      not null primary key,
    kind              varchar(20) not null, -- INITIAL, SCHEDULED, INCREMENTAL, MANUAL
    started_at        timestamp(3) with time zone not null,
    finished_at       timestamp(3) with time zone,
    status            varchar(20) not null, -- RUNNING, SUCCEEDED, FAILED
    contacts_read     integer     not null default 0,
    companies_read    integer     not null default 0,
    numbers_indexed   integer     not null default 0,
    numbers_skipped   integer     not null default 0,
    error_text        varchar(2000)
);
create index ix_sync_log_started on sync_log (started_at);
