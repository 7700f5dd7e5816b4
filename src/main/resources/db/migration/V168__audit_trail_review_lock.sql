-- Audit-trail review (CHK-25): one row per record type, locked (select ... for update) while a review of that type
-- is opened, so that two reviews opened at once - on two nodes, or by the schedule and a person - do not both read
-- the same high-water mark and cover the same entries twice. The mark itself stays max(to_seq) of the reviews
-- (the sealed record); this table holds no state but the row to lock. A new ReviewedRecordType needs its row here
-- (AuditTrailReviewProcessTests checks every type has one).
create table gxp_audit_trail_review_lock (
    record_type varchar(32) not null primary key
);
insert into gxp_audit_trail_review_lock (record_type) values ('SIGNATURES');
insert into gxp_audit_trail_review_lock (record_type) values ('DOCUMENTS');
insert into gxp_audit_trail_review_lock (record_type) values ('ACCOUNTS');
insert into gxp_audit_trail_review_lock (record_type) values ('PROCESS_CHANGES');
insert into gxp_audit_trail_review_lock (record_type) values ('RECORDS');
