-- Applicability register (lifecycle step 1, RegulationReviewProcess): which catalogue frameworks apply, why,
-- and who is responsible, accountable, consulted and informed. Versioned: a version is edited while DRAFT,
-- signed (REVIEWED, APPROVED) through its process instance, and an approved version is superseded, never changed.
create table gxp_register_version (
    register_id          varchar(40)  not null,
    version              integer      not null,
    status               varchar(16)  not null,
    author_id            varchar(64)  not null,
    process_instance_id  varchar(64),
    intake_document_id   varchar(64),
    reason               varchar(1000),
    created_at           timestamp with time zone not null,
    approved_at          timestamp with time zone,
    primary key (register_id, version)
);
create unique index ux_gxp_register_version_pi on gxp_register_version (process_instance_id);

create table gxp_register_entry (
    register_id   varchar(40)   not null,
    version       integer       not null,
    framework_id  varchar(40)   not null,
    applicable    boolean       not null,
    rationale     varchar(2000) not null,
    responsible   varchar(200),
    accountable   varchar(200),
    consulted     varchar(200),
    informed      varchar(200),
    primary key (register_id, version, framework_id),
    foreign key (register_id, version) references gxp_register_version (register_id, version)
);

create table gxp_register_signature (
    register_id   varchar(40) not null,
    version       integer     not null,
    position      integer     not null,
    signature_id  varchar(64) not null,
    primary key (register_id, version, position),
    foreign key (register_id, version) references gxp_register_version (register_id, version)
);
