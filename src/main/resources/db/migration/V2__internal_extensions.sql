-- Internal extensions: technicians calling the help desk from their desk phones. One row per
-- extension (matching INTERNAL_EXTENSION_PATTERN), naming the ConnectWise member it belongs to;
-- a member may have several extensions.
create table internal_extension (
    extension         varchar(20)  not null primary key,
    member_id         integer,
    member_identifier varchar(15)  not null,
    member_name       varchar(62),
    assigned_at       timestamp(3) with time zone not null
);
create index ix_internal_extension_member on internal_extension (member_identifier);
