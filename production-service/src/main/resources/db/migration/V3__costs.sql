-- Costs in USD: what generating a drafted script revision is estimated to cost (CostEstimated), and
-- what each rendered generation did cost (AssetsGenerated). A line's cost is units * unit_price.

-- A scene's planned duration prices its clip; scripts stored before this migration count 0 s.
alter table production_scene add column planned_seconds int not null default 0;
-- The revision of the approved script, whose estimate the generations' costs are compared with;
-- 0 when no script was approved (a video cancelled first) or it is not known (jobs from before).
alter table production_job add column revision int not null default 0;

-- ScriptDrafted comes before any job (and a rejected draft never gets one): no reference to production_job.
create table production_cost_estimate (
    video_id     uuid         not null,
    revision     int          not null,
    workspace_id varchar(100) not null,
    estimated_at timestamptz  not null,
    primary key (video_id, revision)
);

create table production_cost_estimate_line (
    video_id    uuid             not null,
    revision    int              not null,
    line_number int              not null,
    item        text             not null,
    provider    varchar(100)     not null,
    units       double precision not null,
    unit_price  double precision not null,
    primary key (video_id, revision, line_number),
    foreign key (video_id, revision) references production_cost_estimate (video_id, revision)
);

-- Each rendered generation: the scenes it rendered itself (reused clips cost nothing), plus the
-- thumbnail and the assembly when it finished (outcome DONE) or only the scenes that did render (FAILED).
create table production_generation_cost (
    video_id    uuid        not null references production_job (video_id),
    generation  int         not null,
    outcome     varchar(20) not null,
    recorded_at timestamptz not null,
    primary key (video_id, generation)
);

create table production_generation_cost_line (
    video_id    uuid             not null,
    generation  int              not null,
    line_number int              not null,
    item        text             not null,
    provider    varchar(100)     not null,
    units       double precision not null,
    unit_price  double precision not null,
    primary key (video_id, generation, line_number),
    foreign key (video_id, generation) references production_generation_cost (video_id, generation)
);
