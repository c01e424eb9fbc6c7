-- The order the relay sends in: a number the database assigns at insert. An aggregate's events are
-- appended under its row lock, one transaction after the other, so their numbers follow the order
-- they commit in. occurred_at is the appending replica's clock, read before that lock: two events of
-- one video can carry it the other way round.
alter table outbox_event add column sequence_number bigint generated always as identity;
drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (sequence_number) where published_at is null;
