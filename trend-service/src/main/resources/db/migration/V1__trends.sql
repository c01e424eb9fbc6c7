-- The trends of each workspace, one row per normalised title: a trend seen again keeps its id and
-- first_seen_at, and what the source reports now (score, title, url, ...) replaces the rest.
create table trend (
    id               uuid primary key,
    workspace_id     varchar(100)     not null,
    title            varchar(500)     not null,
    normalized_title varchar(500)     not null,
    source           varchar(200)     not null,
    url              text,
    score            double precision not null,
    published_at     timestamptz      not null,
    first_seen_at    timestamptz      not null,
    unique (workspace_id, normalized_title)
);
create index trend_best_first on trend (workspace_id, score desc);

-- Every fetch, scheduled or asked for: when it ran and how many trends it passed on.
create table fetch_run (
    id           uuid primary key,
    workspace_id varchar(100) not null,
    fetched_at   timestamptz  not null,
    trend_count  int          not null
);
create index fetch_run_by_workspace on fetch_run (workspace_id, fetched_at);
