-- Explicit user-to-member mappings made by an admin (/admin/members): the signed-in user's e-mail
-- (lower case) charged as this ConnectWise member. A mapping wins over matching the e-mail to a
-- member's primaryEmail or officeEmail.
create table agent_member (
    email             varchar(320) not null primary key,
    member_id         integer,
    member_identifier varchar(15)  not null,
    member_name       varchar(62),
    mapped_by         varchar(320) not null,
    mapped_at         timestamp(3) with time zone not null
);
create index ix_agent_member_identifier on agent_member (member_identifier);
