-- What generation costs: production's estimate per script revision (kept apart from the video row,
-- so an estimate may arrive before the revision it prices and never changes the video's version),
-- and what the delivered generations cost so far.
create table cost_estimate (
    video_id    uuid         not null,
    revision    int          not null,
    total       double precision not null,
    lines       text         not null, -- JSON
    received_at timestamptz  not null,
    primary key (video_id, revision)
);
alter table video add column spent double precision not null default 0;
