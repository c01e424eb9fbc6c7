-- The relay's cue (OutboxNotifications): PostgreSQL delivers a notification when, and only if, the
-- transaction that appended events commits, and delivers identical ones of a transaction once. The
-- table notifies by itself, so a service no longer sends a NOTIFY of its own: one round trip less
-- for every transaction that appends events.
create function outbox_event_appended() returns trigger language plpgsql as $$
begin
  perform pg_notify('yt_outbox', '');
  return null;
end
$$;

create trigger outbox_event_appended after insert on outbox_event
  for each statement execute function outbox_event_appended();
