-- The event behind each transition: the one that caused it, or the one the decision emitted.
alter table video_history add column event_id varchar(64);
