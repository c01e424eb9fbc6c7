-- The review aggregate: one row per video with its state, guarded by an optimistic-lock version.
create table video (
    id                      uuid primary key,
    workspace_id            varchar(100) not null,
    state                   varchar(40)  not null,
    version                 bigint       not null,
    title                   varchar(300) not null,
    script                  text         not null, -- JSON of the Gate 1 package
    assets                  text,                  -- JSON of what production rendered
    script_approved_by      varchar(100),
    script_approved_at      timestamptz,
    script_approval_comment text,
    video_approved_by       varchar(100),
    video_approved_at       timestamptz,
    video_approval_comment  text,
    published_location      text,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null
);
create index video_queue on video (state, workspace_id, created_at);

-- Every transition, with who caused it: the audit trail reviewers and ops read.
create table video_history (
    id          bigint generated always as identity primary key,
    video_id    uuid         not null references video (id),
    from_state  varchar(40),
    to_state    varchar(40)  not null,
    command     varchar(40)  not null,
    actor       varchar(100) not null,
    comment     text,
    occurred_at timestamptz  not null
);
create index video_history_by_video on video_history (video_id, id);
