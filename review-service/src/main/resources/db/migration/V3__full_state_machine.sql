-- The full gate state machine: generations and publish attempts (so stale events can be told
-- apart), the approved script revision, publishing options, and the last failure's reason.
alter table video
    add column approved_revision    int  not null default 0,
    add column generation           int  not null default 0,
    add column publish_attempt      int  not null default 0,
    add column publish_at           timestamptz,
    add column publish_options      text,          -- JSON, chosen at Gate 2
    add column scenes_to_regenerate text not null default '[]',
    add column last_failure         text;
alter table video alter column state type varchar(40);

-- Videos approved before this migration: first revision, first generation, first attempt.
update video set approved_revision = 1, generation = 1 where script_approved_by is not null;
update video set publish_attempt = 1 where video_approved_by is not null;
update video set assets = jsonb_set(assets::jsonb, '{generation}', '1')::text where assets is not null;
update video_history set command = 'SCRIPT_DRAFTED' where command = 'DRAFT_SCRIPT';
update video_history set command = 'ASSETS_GENERATED' where command = 'RECORD_ASSETS';
update video_history set command = 'VIDEO_PUBLISHED' where command = 'RECORD_PUBLICATION';

-- A command sent with an Idempotency-Key: its first answer, returned again for a repeat.
create table idempotent_request (
    scope_key     varchar(320) primary key, -- principal + ' ' + Idempotency-Key
    fingerprint   varchar(64)  not null,    -- SHA-256 of method, path, If-Match and body
    status        int          not null,
    body          text         not null,
    entity_tag    varchar(40),
    created_at    timestamptz  not null
);
