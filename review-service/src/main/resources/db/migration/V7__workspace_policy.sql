-- How each workspace wants its videos reviewed, from trend-service's WorkspaceConfigured events
-- (yt.workspaces). A workspace without a row gets four eyes.
create table workspace_policy (
    workspace_id      text         primary key,
    version           int          not null, -- the definition's version: an older event changes nothing
    allow_self_review boolean      not null,
    updated_at        timestamptz  not null
);
