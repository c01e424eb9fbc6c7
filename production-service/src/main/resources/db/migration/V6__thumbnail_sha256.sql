-- Gate 2 approves the thumbnail together with the video, so it is named by its SHA-256 as well.
-- Jobs rendered before this have none: a new generation of them gets one.
alter table production_job add column thumbnail_sha256 varchar(64);
