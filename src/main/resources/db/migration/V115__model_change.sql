-- Modeling under change control (issue 14 items 4 and 5; EU Annex 11 §10, 21 CFR 11.10(k), CHK-24): drafts of a
-- process, decision or form as versioned records (every save a new version row, old versions kept), each submission
-- of a draft version as a model change bound to its ModelChangeProcess instance, and the deployment history: every
-- deployment of models with its change id, checksum, validation result, who deployed, when, and who approved it.
create table gxp_model_draft (
    id                   varchar(20)   not null primary key,
    number               integer       not null,
    kind                 varchar(8)    not null,
    model_key            varchar(200)  not null,
    resource_name        varchar(300)  not null,
    base_deployment_id   varchar(64),
    status               varchar(16)   not null,
    latest_version       integer       not null,
    author               varchar(64)   not null,
    created_at           timestamp with time zone not null
);
create unique index ux_gxp_model_draft_number on gxp_model_draft (number);

create table gxp_model_draft_version (
    draft_id     varchar(20)   not null,
    version      integer       not null,
    content      text          not null,
    checksum     varchar(64)   not null,
    problems     text          not null,
    saved_by     varchar(64)   not null,
    saved_at     timestamp with time zone not null,
    primary key (draft_id, version),
    foreign key (draft_id) references gxp_model_draft (id)
);

-- one submission of a draft version: what QA reviews, the APPROVED signature covers and the deploy step deploys
create table gxp_model_change (
    id                   varchar(20)   not null primary key,
    number               integer       not null,
    draft_id             varchar(20)   not null,
    draft_version        integer       not null,
    process_instance_id  varchar(64),
    status               varchar(16)   not null,
    reason               varchar(2000) not null,
    validation           varchar(4000),
    submitted_by         varchar(64)   not null,
    submitted_at         timestamp with time zone not null,
    reviewed_by          varchar(64),
    review_comment       varchar(4000),
    deployment_id        varchar(64),
    foreign key (draft_id, draft_version) references gxp_model_draft_version (draft_id, version)
);
create unique index ux_gxp_model_change_number on gxp_model_change (number);
create index ix_gxp_model_change_pi on gxp_model_change (process_instance_id);

-- every deployment of models: a released build's shipped models (change id RELEASE-<version>) or an approved change
create table gxp_model_deployment (
    deployment_id   varchar(64)   not null primary key,
    change_id       varchar(60)   not null,
    draft_id        varchar(20),
    resource_name   varchar(300),
    checksum        varchar(64)   not null,
    validation      varchar(4000) not null,
    deployed_by     varchar(64)   not null,
    deployed_at     timestamp with time zone not null,
    approved_by     varchar(64),
    signature_id    varchar(64)
);
create index ix_gxp_model_deployment_change on gxp_model_deployment (change_id);
