-- The latest progress production reported for a video's current generation. Kept apart from the
-- video row: progress is no transition, so it must neither add history nor bump the version a
-- reviewer's If-Match names.
create table generation_progress (
    video_id      uuid         primary key,
    generation    int          not null,
    stage         varchar(20)  not null,
    scenes_done   int          not null,
    scenes_failed int          not null,
    scenes_total  int          not null,
    percent       int          not null,
    eta_seconds   int,
    message       text         not null,
    reported_at   timestamptz  not null
);

-- Every revision of a video's script that came to review (editorial's drafts, a reviewer's edits
-- at approval), so Gate 1 can show what changed between two of them.
create table script_revision (
    video_id    uuid         not null references video (id),
    revision    int          not null,
    script      text         not null, -- JSON, as in video.script
    recorded_at timestamptz  not null,
    primary key (video_id, revision)
);
-- Videos from before this migration: their current revision is the only one known.
insert into script_revision (video_id, revision, script, recorded_at)
select id, (script::jsonb ->> 'revision')::int, script, updated_at from video;
