-- Approvers are identified by their token's issuer and subject, which rules compare and
-- signatures carry; approved_by stays the name the history shows.
alter table video add column script_approver_issuer text;
alter table video add column script_approver_subject text;
alter table video add column video_approver_issuer text;
alter table video add column video_approver_subject text;
-- Approvals recorded before identities were: their name is all that is known of the approver.
update video set script_approver_issuer = 'urn:yt-autopilot:identity-not-recorded', script_approver_subject = script_approved_by
 where script_approved_by is not null;
update video set video_approver_issuer = 'urn:yt-autopilot:identity-not-recorded', video_approver_subject = video_approved_by
 where video_approved_by is not null;

-- The Gate 2 statement and the latest publish retry authorisation, exactly as signed when the
-- reviewer acted: a replay or a retry sends these bytes and never signs stored state anew.
alter table video add column publication_statement_key_id text;
alter table video add column publication_statement bytea;
alter table video add column publication_statement_signature bytea;
alter table video add column retry_authorisation_key_id text;
alter table video add column retry_authorisation bytea;
alter table video add column retry_authorisation_signature bytea;
