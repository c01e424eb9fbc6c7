-- Every revision of a video's script, kept so that a Gate 1 reviewer can compare them: revision 1
-- is written from the trend, each later one answers the reviewer's notes on the one before.
create table script_revision (
    video_id      uuid        not null references script_draft (video_id),
    revision      integer     not null check (revision >= 1),
    answers_notes text,                 -- the reviewer's notes it answers; null for revision 1
    change_note   text,                 -- the writer's account of what it changed; null for revision 1
    package       text        not null, -- JSON of the video package
    created_at    timestamptz not null,
    primary key (video_id, revision)    -- one answer per revision, even if two requests race
);

-- The drafts so far become revision 1; script_draft keeps what does not change between revisions.
insert into script_revision (video_id, revision, package, created_at)
select video_id, 1, package, created_at from script_draft;

alter table script_draft drop column title;
alter table script_draft drop column package;
