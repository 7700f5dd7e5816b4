-- Training (issue 12, ISO 13485 6.2 / 21 CFR 820.25 / 11.10(i)). Portable H2 2.x / PostgreSQL DDL.

-- The curriculum: which roles must be trained on which controlled documents (edited by quality managers, audited).
create table gxp_training_curriculum (
    role_name       varchar(32)  not null,
    document_number varchar(64)  not null,
    added_by        varchar(64)  not null,
    added_at        timestamp with time zone not null,
    primary key (role_name, document_number)
);

-- One row per person and document version: assigned by TrainingProcess, acknowledged by that person's signed
-- read-and-understood (meaning ACKNOWLEDGED).
create table gxp_training_record (
    user_id             varchar(64)  not null,
    document_number     varchar(64)  not null,
    version             varchar(16)  not null,
    process_instance_id varchar(64)  not null,
    assigned_at         timestamp with time zone not null,
    due_at              timestamp with time zone not null,
    acknowledged_at     timestamp with time zone,
    primary key (user_id, document_number, version)
);
create index ix_gxp_training_record_pi on gxp_training_record (process_instance_id);
create index ix_gxp_training_record_doc on gxp_training_record (document_number, version);
