-- CAPA register (21 CFR 820.100 / ISO 13485 8.5.2), module monitoring. Every change publishes a CapaChanged
-- event; the closure signature covers the record's content at its version (content_version).
create table gxp_capa (
    id                      varchar(40)   not null primary key,
    title                   varchar(300)  not null,
    description             varchar(4000),
    source                  varchar(32)   not null,
    source_reference        varchar(100)  not null,
    severity                varchar(16)   not null,
    recurrence              boolean       not null,
    patient_safety_impact   boolean       not null,
    priority                varchar(16)   not null,
    due_date                date          not null,
    status                  varchar(32)   not null,
    root_cause_method       varchar(16),
    why_1                   varchar(1000),
    why_2                   varchar(1000),
    why_3                   varchar(1000),
    why_4                   varchar(1000),
    why_5                   varchar(1000),
    fishbone_people         varchar(1000),
    fishbone_method         varchar(1000),
    fishbone_machine        varchar(1000),
    fishbone_material       varchar(1000),
    fishbone_measurement    varchar(1000),
    fishbone_environment    varchar(1000),
    root_cause              varchar(2000),
    effective               boolean,
    effectiveness_evidence  varchar(4000),
    process_instance_id     varchar(64),
    opened_by               varchar(64)   not null,
    opened_at               timestamp with time zone not null,
    closed_by               varchar(64),
    closed_at               timestamp with time zone,
    content_version         integer       not null
);
create index gxp_capa_process on gxp_capa (process_instance_id);

create table gxp_capa_action (
    id            varchar(40)   not null primary key,
    capa_id       varchar(40)   not null references gxp_capa (id),
    action_number integer       not null,
    description   varchar(2000) not null,
    owner_id      varchar(64)   not null,
    due_date      date          not null,
    status        varchar(16)   not null,
    outcome       varchar(4000),
    completed_by  varchar(64),
    completed_at  timestamp with time zone,
    unique (capa_id, action_number)
);

-- cybersecurity incident response before the CAPA proper (NIST CSF RS/RC)
create table gxp_capa_incident_step (
    capa_id      varchar(40)   not null references gxp_capa (id),
    phase        varchar(20)   not null,
    notes        varchar(4000) not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp with time zone not null,
    primary key (capa_id, phase)
);
