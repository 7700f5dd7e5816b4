-- Controlled-document lifecycle (issue 12, 820.40 / ISO 13485 4.2.4). Portable H2 2.x / PostgreSQL DDL.

-- A version while it is worked on in DocumentApprovalProcess: the record its review and approval signatures cover
-- (shared.SignableRecords). One row per process instance; the binding instance -> record is this table's.
create table gxp_document_draft (
    process_instance_id varchar(64)   not null primary key,
    document_number     varchar(64)   not null,
    version             varchar(16)   not null,
    title               varchar(300)  not null,
    change_summary      varchar(4000),
    author_id           varchar(64)   not null,
    status              varchar(16)   not null,
    revision            integer       not null,
    submitted_at        timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);
create index ix_gxp_document_draft_number on gxp_document_draft (document_number);

-- The register keeps every version that was ever effective: superseded and retired ones stay readable, marked, with
-- the period they were effective in, so "which version was effective on date X" has one answer.
alter table gxp_controlled_document add column change_summary varchar(4000);
alter table gxp_controlled_document add column file_document_id varchar(36);
alter table gxp_controlled_document add column file_name varchar(255);
alter table gxp_controlled_document add column file_sha256 varchar(64);
alter table gxp_controlled_document add column effective_until timestamp with time zone;
alter table gxp_controlled_document add column next_review_at timestamp with time zone;
alter table gxp_controlled_document add column status_reason varchar(2000);
