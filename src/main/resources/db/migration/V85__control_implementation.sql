-- Control implementation records (issue 12 item 3), ControlImplementationProcess: a control (access control, data
-- integrity, incident response, other) planned against catalogue requirements, implemented with evidence, verified
-- by someone other than its implementer, signed (APPROVED) through its process instance and then effective.
create table gxp_control_implementation (
    id                     varchar(20)   not null primary key,
    number                 integer       not null,
    title                  varchar(300)  not null,
    category               varchar(32)   not null,
    gap_action_id          varchar(40),
    owner_id               varchar(64)   not null,
    due_date               date          not null,
    status                 varchar(16)   not null,
    implementation         varchar(4000),
    implemented_by         varchar(64),
    implemented_at         timestamp with time zone,
    verification_result    varchar(16),
    verification_comment   varchar(2000),
    verified_by            varchar(64),
    verified_at            timestamp with time zone,
    effective_at           timestamp with time zone,
    process_instance_id    varchar(64)   not null,
    planned_by             varchar(64)   not null,
    planned_at             timestamp with time zone not null
);
create unique index ux_gxp_control_implementation_number on gxp_control_implementation (number);
create unique index ux_gxp_control_implementation_pi on gxp_control_implementation (process_instance_id);

-- the catalogue requirements a control implements (framework id and requirement id as the catalogue has them)
create table gxp_control_requirement (
    implementation_id  varchar(20)   not null,
    framework_id       varchar(64)   not null,
    requirement_id     varchar(80)   not null,
    primary key (implementation_id, framework_id, requirement_id),
    foreign key (implementation_id) references gxp_control_implementation (id)
);
create index ix_gxp_control_requirement_req on gxp_control_requirement (framework_id, requirement_id);

-- evidence documents (documents module ids) with the SHA-256 verified when they were linked
create table gxp_control_evidence (
    implementation_id  varchar(20)   not null,
    document_id        varchar(64)   not null,
    title              varchar(500),
    sha256             varchar(64)   not null,
    added_by           varchar(64)   not null,
    added_at           timestamp with time zone not null,
    primary key (implementation_id, document_id),
    foreign key (implementation_id) references gxp_control_implementation (id)
);
