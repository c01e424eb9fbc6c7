-- YouTube target: the platform's id of a published video, and HELD attempts (daily API quota
-- spent) with their retry time and the approval to retry them with.
alter table publication add column external_id text;
alter table publication add column retry_at timestamptz;
alter table publication add column held_approval text;
create index publication_held on publication (retry_at) where status = 'HELD';

-- An upload in progress: the resumable session as soon as YouTube opened it (a crash resumes it
-- instead of uploading again), then the id YouTube gave the video.
create table youtube_upload (
    video_id         uuid primary key,
    workspace_id     varchar(100) not null,
    session_uri      text,
    youtube_video_id text,
    updated_at       timestamptz not null
);

-- API units spent per workspace per quota day (days end at midnight Pacific time, as YouTube's).
create table quota_usage (
    workspace_id varchar(100) not null,
    quota_day    date         not null,
    units        int          not null,
    primary key (workspace_id, quota_day)
);

-- The latest statistics of each video published to YouTube; measured_at is null until the first sync.
create table video_stats (
    video_id         uuid primary key,
    workspace_id     varchar(100) not null,
    youtube_video_id text         not null,
    published_at     timestamptz  not null,
    measured_at      timestamptz,
    views            bigint,
    likes            bigint,
    comments         bigint
);
