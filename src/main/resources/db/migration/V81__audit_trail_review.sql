-- Audit-trail review (CHK-25, EU Annex 11 §9), AuditTrailReviewProcess: one review per record type and run,
-- covering the ledger entries (seq) after the previous review of that type up to to_seq (the high-water mark).
-- Signed (REVIEWED) through its process instance; findings raise a deviation (a CapaProcess when deployed) or wait
-- for follow-up.
create table gxp_audit_trail_review (
    review_id            varchar(40)   not null primary key,
    process_instance_id  varchar(64)   not null,
    record_type          varchar(32)   not null,
    from_seq             bigint        not null,
    to_seq               bigint        not null,
    entry_count          integer       not null,
    status               varchar(16)   not null,
    opened_at            timestamp with time zone not null,
    reviewed_by          varchar(64),
    reviewed_at          timestamp with time zone,
    outcome              varchar(20),
    findings             varchar(4000),
    finding_entries      varchar(1000),
    deviation_ref        varchar(64),
    follow_up            varchar(200)
);
create unique index ux_gxp_audit_trail_review_pi on gxp_audit_trail_review (process_instance_id);
create index ix_gxp_audit_trail_review_type on gxp_audit_trail_review (record_type, to_seq);
