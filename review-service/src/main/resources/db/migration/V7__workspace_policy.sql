-- How each workspace wants its videos reviewed, from trend-service's WorkspaceConfigured events
-- (yt.workspaces): four eyes or not, and the brand rules a Gate 1 edit is checked against. A
-- workspace without a row gets four eyes and no brand rules.
create table workspace_policy (
    workspace_id      text         primary key,
    version           int          not null, -- the definition's version: an older event changes nothing
    allow_self_review boolean      not null,
    banned_words      text         not null, -- JSON array
    banned_topics     text         not null, -- JSON array
    updated_at        timestamptz  not null
);
