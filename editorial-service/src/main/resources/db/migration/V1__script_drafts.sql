-- Every drafted video package. The package is JSON; the columns are what it is looked up by.
create table script_draft (
    video_id     uuid primary key,
    workspace_id varchar(100) not null,
    trend_id     uuid         not null,
    topic        varchar(500) not null,
    title        varchar(300) not null,
    package      text         not null, -- JSON of the video package
    created_at   timestamptz  not null
);
create index script_draft_by_workspace on script_draft (workspace_id, created_at);

-- The topics each workspace has drafted a video about: the primary key keeps a topic from being used twice.
create table used_topic (
    workspace_id     varchar(100) not null,
    normalized_topic varchar(500) not null,
    video_id         uuid         not null references script_draft (video_id),
    used_at          timestamptz  not null,
    primary key (workspace_id, normalized_topic)
);
