-- Publishing is now a sequence of attempts (review's retry sends the next number), and a video
-- may be PUBLISHING (verified, export begun), FAILED (refused or failed; REFUSED before) or
-- CANCELLED (by review; a row with attempt 0 when the cancellation came before any approval).
alter table publication add column publish_attempt int not null default 1;
alter table publication alter column publish_attempt drop default;
update publication set status = 'FAILED' where status = 'REFUSED';
