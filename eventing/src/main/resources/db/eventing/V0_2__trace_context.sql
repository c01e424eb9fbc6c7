-- Traces across the Kafka hops (see eventing's Outbox and VideoTraces).
-- The trace an event belongs to: the W3C traceparent of the span that appended it, so that the
-- relay's record continues that trace although it is sent later, from another thread. Null:
-- appended outside any trace (rows written before this column existed, too).
alter table outbox_event add column traceparent varchar(55);

-- The trace of each video this service has seen: the trace its first consumed event or first
-- appended event was in. Events about the video that an API call or a background job causes
-- continue it, so that a video is one trace from its first draft to its publication.
create table video_trace (
    video_id    varchar(100) primary key,
    traceparent varchar(55)  not null,
    recorded_at timestamptz  not null default now()
);
