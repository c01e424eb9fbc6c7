-- Shared by every service: the transactional outbox (rows written in the same transaction as the
-- state change, relayed to Kafka afterwards) and the inbox (event ids already handled per consumer).
-- Column names follow Debezium's outbox EventRouter so it can replace the in-process relay later.
create table outbox_event (
    id             uuid primary key,
    aggregate_type varchar(75)  not null,
    aggregate_id   varchar(100) not null,
    type           varchar(200) not null,
    topic          varchar(200) not null,
    payload        bytea        not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);
create index outbox_event_unpublished on outbox_event (occurred_at) where published_at is null;

create table inbox_event (
    event_id    varchar(64)  not null,
    consumer    varchar(100) not null,
    received_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);
