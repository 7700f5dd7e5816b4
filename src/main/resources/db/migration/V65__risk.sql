-- Risk management (lifecycle step 3; ISO 14971:2019, FDA 2016 postmarket cybersecurity, IEC 62304 §4.3). A register
-- is one row at its current version; risks are its rows; a change after release needs a reason and starts the next
-- version. Snapshots are dated copies (at release and at each periodic review) and are never updated.
create table gxp_risk_register (
    id                          varchar(36)  not null primary key,
    version                     integer      not null,
    status                      varchar(16)  not null,
    title                       varchar(300) not null,
    scope                       text,
    intended_use                text,
    acceptability_criteria_ref  varchar(300),
    eu_market                   boolean,
    afap_justification          text,
    sw_can_contribute           boolean,
    sw_unacceptable_risk        boolean,
    sw_worst_harm               varchar(32),
    software_safety_class       varchar(8),
    benefit_risk_conclusion     text,
    process_instance_id         varchar(64),
    created_by                  varchar(64)  not null,
    created_at                  timestamp with time zone not null,
    released_at                 timestamp with time zone
);
create index ix_gxp_risk_register_pi on gxp_risk_register (process_instance_id);

create table gxp_risk (
    register_id                 varchar(36)  not null references gxp_risk_register (id),
    risk_id                     varchar(16)  not null,
    kind                        varchar(16)  not null,
    title                       varchar(300) not null,
    hazard                      text,
    hazardous_situation         text,
    harm                        text,
    asset                       varchar(300),
    threat                      text,
    vulnerability               text,
    severity                    integer      not null,
    probability                 integer,
    exploitability              integer,
    risk_controls               text,
    residual_severity           integer,
    residual_probability        integer,
    residual_exploitability     integer,
    outcome_before              varchar(16)  not null,
    outcome_after               varchar(16),
    patch_track                 varchar(16),
    fmea_severity               integer,
    fmea_occurrence             integer,
    fmea_detectability          integer,
    fmea_residual_occurrence    integer,
    fmea_residual_detectability integer,
    controls_confirmed          boolean      not null,
    updated_by                  varchar(64)  not null,
    updated_at                  timestamp with time zone not null,
    primary key (register_id, risk_id)
);

create table gxp_risk_snapshot (
    id               varchar(36) not null primary key,
    register_id      varchar(36) not null references gxp_risk_register (id),
    register_version integer     not null,
    kind             varchar(20) not null,
    taken_at         timestamp with time zone not null,
    taken_by         varchar(64) not null,
    content          text        not null,
    content_sha256   varchar(64) not null
);
create index ix_gxp_risk_snapshot_register on gxp_risk_snapshot (register_id);
