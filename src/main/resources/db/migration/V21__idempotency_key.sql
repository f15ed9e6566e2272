-- Issue 11: Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): one row per key,
-- kept 24 hours, holding the request's fingerprint and the stored answer.
create table idempotency_key (
    idem_key      varchar(255)  not null primary key,
    fingerprint   varchar(64)   not null, -- SHA-256 (hex) of method, path and body
    state         varchar(20)   not null, -- IN_FLIGHT, COMPLETED, UNKNOWN
    status        integer,
    content_type  varchar(100),
    body          varchar(100000),
    created_at    timestamp(3) with time zone not null,
    updated_at    timestamp(3) with time zone not null
);
create index ix_idempotency_key_created on idempotency_key (created_at);
