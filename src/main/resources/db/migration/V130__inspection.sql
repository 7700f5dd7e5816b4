-- The inspection room (issue 15 item 5): one row per request an inspector files, with the timed steps of its
-- InspectionRequestProcess instance (assigned, prepared, reviewed, published) and the response handed out.
create table gxp_inspection_request (
    id                   varchar(20)    not null primary key,
    number               integer        not null,
    process_instance_id  varchar(64),
    requested_by         varchar(64)    not null,
    subject              varchar(300)   not null,
    request_text         varchar(4000)  not null,
    record_refs          varchar(4000),
    status               varchar(16)    not null,
    requested_at         timestamp with time zone not null,
    assigned_by          varchar(64),
    assigned_at          timestamp with time zone,
    preparer             varchar(64),
    response_text        varchar(8000),
    attached_records     varchar(4000),
    prepared_at          timestamp with time zone,
    reviewed_by          varchar(64),
    reviewed_at          timestamp with time zone,
    review_comment       varchar(4000),
    published_at         timestamp with time zone
);
create unique index ux_gxp_inspection_request_number on gxp_inspection_request (number);
create index ix_gxp_inspection_request_by on gxp_inspection_request (requested_by);
create index ix_gxp_inspection_request_pi on gxp_inspection_request (process_instance_id);
