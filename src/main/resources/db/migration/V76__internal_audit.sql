-- Internal audit programme (ISO 13485 8.2.4, 820.22 → QMSR), module monitoring: areas with their risk level,
-- audits per cycle, the checklist generated from the scope, findings with evidence and their disposition.
create table gxp_audit_area (
    id                   varchar(40)  not null primary key,
    name                 varchar(200) not null,
    owner_id             varchar(64)  not null,
    risk_level           varchar(16)  not null,
    last_outcome         varchar(20)  not null,
    audit_interval       varchar(16),
    next_audit_due       timestamp with time zone,
    active               boolean      not null,
    process_instance_id  varchar(64),
    enrolled_by          varchar(64)  not null,
    enrolled_at          timestamp with time zone not null
);
create index gxp_audit_area_process on gxp_audit_area (process_instance_id);

create table gxp_audit (
    id               varchar(40)   not null primary key,
    area_id          varchar(40)   not null references gxp_audit_area (id),
    cycle            integer       not null,
    status           varchar(20)   not null,
    auditor_id       varchar(64),
    scope            varchar(4000),
    summary          varchar(4000),
    outcome          varchar(20),
    planned_by       varchar(64),
    reported_at      timestamp with time zone,
    content_version  integer       not null,
    unique (area_id, cycle)
);

create table gxp_audit_checklist_item (
    audit_id          varchar(40)   not null references gxp_audit (id),
    item_number       integer       not null,
    requirement_id    varchar(100)  not null,
    requirement_text  varchar(2000),
    primary key (audit_id, item_number)
);

create table gxp_audit_finding (
    id                     varchar(40)   not null primary key,
    audit_id               varchar(40)   not null references gxp_audit (id),
    finding_number         integer       not null,
    severity               varchar(16)   not null,
    requirement_id         varchar(100)  not null,
    description            varchar(4000) not null,
    evidence_document_ids  varchar(2000),
    disposition            varchar(16),
    justification          varchar(4000),
    capa_id                varchar(40),
    disposed_by            varchar(64),
    disposed_at            timestamp with time zone,
    unique (audit_id, finding_number)
);
