-- Gap analysis (lifecycle step 2, GapAnalysisProcess). An assessment has versions: a version is assessed, planned and
-- approved by one process instance (process_instance_id binds the signature to it); an edit after approval needs a
-- reason and starts the next version. Rows exist once a requirement has been assessed; the worksheet shows the
-- catalogue's requirements beside them. Every insert and update is published as an audited event.
create table gxp_gap_assessment (
    id                  varchar(40)   not null,
    version             integer       not null,
    title               varchar(300)  not null,
    status              varchar(16)   not null,
    framework_ids       varchar(1000) not null,
    process_instance_id varchar(64),
    created_by          varchar(64)   not null,
    created_at          timestamp with time zone not null,
    revision_reason     varchar(1000),
    approved_at         timestamp with time zone,
    primary key (id, version)
);
create unique index ux_gxp_gap_assessment_pi on gxp_gap_assessment (process_instance_id);

create table gxp_gap_assessment_row (
    assessment_id         varchar(40)   not null,
    version               integer       not null,
    framework_id          varchar(40)   not null,
    requirement_id        varchar(64)   not null,
    status                varchar(16)   not null,
    justification         varchar(4000),
    evidence_document_ids varchar(1000),
    assessor              varchar(64)   not null,
    assessed_at           timestamp with time zone not null,
    primary key (assessment_id, version, framework_id, requirement_id),
    foreign key (assessment_id, version) references gxp_gap_assessment (id, version)
);

-- The action plan of an assessment version and, once the version is approved, the tracked actions (OPEN, DONE) that
-- CAPA and change control pick up by id.
create table gxp_gap_action (
    id                 varchar(40)   not null primary key,
    assessment_id      varchar(40)   not null,
    assessment_version integer       not null,
    framework_id       varchar(40)   not null,
    requirement_id     varchar(64)   not null,
    priority           varchar(8)    not null,
    description        varchar(2000) not null,
    owner_id           varchar(64),
    due_date           date,
    status             varchar(12)   not null,
    created_at         timestamp with time zone not null,
    closed_by          varchar(64),
    closed_at          timestamp with time zone,
    closure_reason     varchar(1000),
    foreign key (assessment_id, assessment_version) references gxp_gap_assessment (id, version)
);
create index ix_gxp_gap_action_status on gxp_gap_action (status);
