-- One row per video: where its production stands, how often it was tried, why it last failed,
-- and once DONE what was rendered (absolute paths below yt.media.dir).
create table production_job (
    video_id               uuid primary key,
    workspace_id           varchar(100) not null,
    state                  varchar(20)  not null,
    attempts               int          not null,
    last_error             text,
    started_at             timestamptz  not null,
    finished_at            timestamptz,
    video_location         text,
    video_duration_seconds double precision,
    video_size_bytes       bigint,
    voice_over_location    text,
    thumbnail_location     text
);

-- The rendered clip of each scene of a DONE job.
create table production_clip (
    video_id         uuid             not null references production_job (video_id),
    scene_index      int              not null,
    location         text             not null,
    duration_seconds double precision not null,
    size_bytes       bigint           not null,
    primary key (video_id, scene_index)
);
