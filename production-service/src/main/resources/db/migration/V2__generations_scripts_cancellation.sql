-- Generations: review numbers each attempt at a video (1 = first approval, then retries and
-- scene regenerations); production echoes the number and ignores older ones.
alter table production_job add column generation int not null default 1;
-- Hex SHA-256 of the finished video: what Gate 2 approves.
alter table production_job add column video_sha256 varchar(64);
-- The approved title, to draw the thumbnail again when named scenes are rendered again.
alter table production_job add column title text;
-- A cancelled video is never rendered again; who cancelled it and why.
alter table production_job add column cancelled_by varchar(200);
alter table production_job add column cancel_reason text;
alter table production_job add column cancelled_at timestamptz;
-- A video cancelled before its approval arrived gets a marker row that never started.
alter table production_job alter column started_at drop not null;

-- production_clip now holds every clip rendered so far, not only those of a DONE job: a later
-- generation reuses a clip while its scene is unchanged. The generation that rendered it:
alter table production_clip add column generation int not null default 1;

-- The approved script of each video, scene by scene, so that named scenes can be rendered again
-- and a changed scene is told from an unchanged one.
create table production_scene (
    video_id       uuid not null references production_job (video_id),
    scene_index    int  not null,
    narration      text not null,
    on_screen_text text not null,
    visual_prompt  text not null,
    primary key (video_id, scene_index)
);
