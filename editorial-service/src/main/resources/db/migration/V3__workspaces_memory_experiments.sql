-- The workspaces as trend-service last configured them (WorkspaceConfigured): the latest version wins.
create table workspace_profile (
    workspace_id varchar(100) primary key,
    version      integer      not null,
    profile      text         not null, -- JSON of the workspace profile
    updated_at   timestamptz  not null
);

-- The workspace memory: a topic may come back once the workspace's repeat window has passed, so a
-- row is now one video's topic rather than a topic used for ever.
alter table used_topic drop constraint used_topic_pkey;
alter table used_topic add primary key (video_id);
alter table used_topic
    add column topic            varchar(500),
    add column title            varchar(300),
    add column rejected_at      timestamptz,
    add column rejection_reason text;
update used_topic u
   set topic = d.topic,
       title = (select r.package::json ->> 'title' from script_revision r where r.video_id = u.video_id and r.revision = 1)
  from script_draft d
 where d.video_id = u.video_id;
alter table used_topic alter column topic set not null, alter column title set not null;
create index used_topic_by_workspace on used_topic (workspace_id, used_at desc);

-- What was decided for the video (Phase B's reason, the A/B prompt variants) and what became of it
-- at Gate 1 and on YouTube, for the prompt experiment report (a rejection is in used_topic).
alter table script_draft
    add column target_format       varchar(20),
    add column selection_reason    text,
    add column prompt_variants     text        not null default '{}', -- JSON: phase -> variant
    add column passed_gate1_first  boolean     not null default false,
    add column change_requests     integer     not null default 0,
    add column views               bigint      not null default 0,
    add column views_measured_at   timestamptz;

-- Each revision's compliance pre-review and the model calls that wrote it, both JSON arrays.
alter table script_revision
    add column findings    text not null default '[]',
    add column model_calls text not null default '[]';
