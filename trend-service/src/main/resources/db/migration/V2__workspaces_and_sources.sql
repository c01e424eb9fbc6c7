-- Workspaces (one channel each), owned here: the full definition as JSON, and its version (1 when
-- created, +1 per change) that WorkspaceConfigured carries.
create table workspace (
    id         varchar(64) primary key,
    version    int         not null,
    definition text        not null,
    updated_at timestamptz not null
);

-- What each source of a workspace last delivered: a manual fetch within the cache window reuses it
-- instead of asking the source again. spec is the source's definition the items were fetched for.
create table source_cache (
    workspace_id varchar(64) not null,
    source_name  varchar(64) not null,
    spec         text        not null,
    items        text        not null,
    fetched_at   timestamptz not null,
    primary key (workspace_id, source_name)
);

-- A story can come from several sources; the score keeps its parts.
alter table trend add column sources text;
update trend set sources = source;
alter table trend alter column sources set not null;
alter table trend add column summary text;
alter table trend add column recency double precision not null default 0;
alter table trend add column velocity double precision not null default 0;
alter table trend add column niche_fit double precision not null default 0;
