-- Change control (issue 13 item 2, 21 CFR 820.70 / ISO 13485 7.5.6, 4.1.4, 7.3.9), ChangeControlProcess: a change to
-- the QMS/ISMS, a software update, patch or configuration, requested, assessed (linked risks re-evaluated), approved
-- with a signature over this record, implemented with its artifact, the artifact verified against the approved one,
-- verified after implementation by someone other than the implementer, checked for effectiveness and closed.
create table gxp_change_request (
    id                          varchar(20)   not null primary key,
    number                      integer       not null,
    kind                        varchar(24)   not null,
    title                       varchar(300)  not null,
    description                 varchar(4000) not null,
    reason                      varchar(2000) not null,
    approved_sha256             varchar(64),
    status                      varchar(24)   not null,
    -- what makes a duplicate: the title and the linked items, normalised (an open change with the same key is refused)
    duplicate_key               varchar(1000) not null,
    impact_validation           varchar(2000),
    impact_patient_safety       varchar(2000),
    impact_data_integrity       varchar(2000),
    assessed_by                 varchar(64),
    assessed_at                 timestamp with time zone,
    artifact_document_id        varchar(64),
    artifact_file_name          varchar(500),
    artifact_sha256             varchar(64),
    implemented_by              varchar(64),
    implemented_at              timestamp with time zone,
    artifact_check              varchar(1000),
    deviation_capa_id           varchar(40),
    post_verification_comment   varchar(2000),
    post_verified_by            varchar(64),
    post_verified_at            timestamp with time zone,
    effectiveness_result        varchar(16),
    effectiveness_comment       varchar(2000),
    effectiveness_by            varchar(64),
    closed_at                   timestamp with time zone,
    business_key                varchar(255),
    process_instance_id         varchar(64)   not null,
    requested_by                varchar(64)   not null,
    requested_at                timestamp with time zone not null
);
create unique index ux_gxp_change_request_number on gxp_change_request (number);
create unique index ux_gxp_change_request_pi on gxp_change_request (process_instance_id);
create index ix_gxp_change_request_dup on gxp_change_request (duplicate_key);

-- the linked risks (risk register id / risk id) with the outcome the register held at the request and the outcome
-- the risk module's decision table gives at the impact assessment
create table gxp_change_risk (
    change_id            varchar(20)  not null,
    risk_ref             varchar(80)  not null,
    risk_title           varchar(300),
    outcome_at_request   varchar(24)  not null,
    outcome_assessed     varchar(24),
    assessed_by          varchar(64),
    assessed_at          timestamp with time zone,
    primary key (change_id, risk_ref),
    foreign key (change_id) references gxp_change_request (id)
);

-- the controlled documents the change revises (document control): the version effective at the request, the
-- DocumentApprovalProcess instance of the revision, the version that became effective (the change's output)
create table gxp_change_document (
    change_id                     varchar(20)  not null,
    document_number               varchar(64)  not null,
    version_at_request            varchar(32)  not null,
    title                         varchar(300) not null,
    revision_process_instance_id  varchar(64),
    effective_version             varchar(32),
    effective_at                  timestamp with time zone,
    primary key (change_id, document_number),
    foreign key (change_id) references gxp_change_request (id)
);
create index ix_gxp_change_document_pi on gxp_change_document (revision_process_instance_id);
