-- One row per approved video that reached publish: PUBLISHED (target and where it went) or
-- REFUSED (why: missing approvals or files). A PUBLISHED row is final; a REFUSED one is
-- overwritten when a later approval of the same video passes the checks.
create table publication (
    video_id     uuid primary key,
    workspace_id varchar(100) not null,
    status       varchar(20)  not null,
    target       varchar(40),
    location     text,
    reason       text,
    published_at timestamptz
);
