-- The finished files of each generation as kept by the asset store (filesystem or S3-compatible),
-- addressed by the SHA-256 of their bytes: what Gate 2 approved stays findable by its checksum.
create table production_stored_asset (
    video_id     uuid         not null references production_job (video_id),
    generation   int          not null,
    role         varchar(20)  not null,
    sha256       varchar(64)  not null,
    uri          text         not null,
    size_bytes   bigint       not null,
    content_type varchar(100) not null,
    primary key (video_id, generation, role)
);
