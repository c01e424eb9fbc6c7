-- The generation queue: an admitted generation waits QUEUED (oldest first) until the queue claims
-- it. A claim is a lease: the instance renewing it is rendering the video; an expired lease, or one
-- held by an earlier process on the same host, means the render was interrupted and is resumed.
alter table production_job add column queued_at timestamptz;
alter table production_job add column lease_owner varchar(200);
alter table production_job add column lease_until timestamptz;
create index production_job_queue on production_job (queued_at) where state in ('QUEUED', 'RENDERING');

-- Scenes of a finished video that every provider failed, filled with a marked placeholder clip.
create table production_placeholder (
    video_id    uuid not null references production_job (video_id),
    scene_index int  not null,
    reason      text not null,
    primary key (video_id, scene_index)
);

-- What each scene cost when it was rendered, recorded with its checkpoint (its clip in
-- production_clip), so a crash loses neither the clip nor what it cost, and a resumed generation
-- bills each scene once.
create table production_scene_cost (
    video_id    uuid        not null references production_job (video_id),
    generation  int         not null,
    scene_index int         not null,
    recorded_at timestamptz not null,
    primary key (video_id, generation, scene_index)
);

create table production_scene_cost_line (
    video_id    uuid             not null,
    generation  int              not null,
    scene_index int              not null,
    line_number int              not null,
    item        text             not null,
    provider    varchar(100)     not null,
    units       double precision not null,
    unit_price  double precision not null,
    primary key (video_id, generation, scene_index, line_number),
    foreign key (video_id, generation, scene_index)
        references production_scene_cost (video_id, generation, scene_index)
);
