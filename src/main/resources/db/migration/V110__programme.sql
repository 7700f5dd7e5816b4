-- Compliance programmes (issue 13 item 5), ComplianceLifecycleProcess: one per programme, its id the business key of
-- the umbrella instance and of every lifecycle step it runs; the cycle now running and why it last restarted or ended.
create table gxp_programme (
    id                   varchar(20)   not null primary key,
    number               integer       not null,
    title                varchar(300)  not null,
    scope                varchar(2000),
    owner_id             varchar(64)   not null,
    status               varchar(16)   not null,
    cycle                integer       not null,
    process_instance_id  varchar(64)   not null,
    started_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    status_reason        varchar(2000)
);
create unique index ux_gxp_programme_number on gxp_programme (number);
create unique index ux_gxp_programme_pi on gxp_programme (process_instance_id);

-- step 4: the control implementations a programme cycle started (one per open gap action of its gap report)
create table gxp_programme_control (
    programme_id         varchar(20)   not null,
    cycle                integer       not null,
    implementation_id    varchar(20)   not null,
    process_instance_id  varchar(64)   not null,
    primary key (programme_id, cycle, implementation_id),
    foreign key (programme_id) references gxp_programme (id)
);
create index ix_gxp_programme_control_impl on gxp_programme_control (implementation_id);
