-- Design controls (21 CFR 820.30, ISO 13485 7.3; FDA premarket cybersecurity guidance), DesignReviewProcess (issue 13
-- item 3): a design item (device or software item at a version) with its designers, its design inputs (requirements,
-- including security requirements; the threat model as a stored document with its SHA-256; the cybersecurity risk
-- assessment as a reference to a risk register of the risk module), its verifications tracing to requirements and
-- risk controls, and its reviews by someone who is not a designer of the item.
create table gxp_design_item (
    id                       varchar(20)   not null primary key,
    number                   integer       not null,
    name                     varchar(200)  not null,
    item_version             varchar(40)   not null,
    status                   varchar(16)   not null,
    risk_register_id         varchar(40)   not null,
    threat_model_document_id varchar(64),
    threat_model_title       varchar(500),
    threat_model_sha256      varchar(64),
    created_by               varchar(64)   not null,
    created_at               timestamp with time zone not null
);
create unique index ux_gxp_design_item_number on gxp_design_item (number);

-- the accounts that designed the item: none of them may review or approve it
create table gxp_design_designer (
    item_id     varchar(20)  not null,
    account_id  varchar(64)  not null,
    primary key (item_id, account_id),
    foreign key (item_id) references gxp_design_item (id)
);

create table gxp_design_requirement (
    item_id         varchar(20)    not null,
    requirement_id  varchar(40)    not null,
    requirement_text varchar(2000)  not null,
    requirement_type varchar(16)   not null,
    recorded_by     varchar(64)    not null,
    recorded_at     timestamp with time zone not null,
    primary key (item_id, requirement_id),
    foreign key (item_id) references gxp_design_item (id)
);

create table gxp_design_verification (
    item_id               varchar(20)    not null,
    verification_id       varchar(40)    not null,
    method                varchar(16)    not null,
    result_value          varchar(8)     not null,
    description           varchar(2000)  not null,
    evidence_document_id  varchar(64),
    evidence_sha256       varchar(64),
    recorded_by           varchar(64)    not null,
    recorded_at           timestamp with time zone not null,
    primary key (item_id, verification_id),
    foreign key (item_id) references gxp_design_item (id)
);

-- what a verification verifies: a requirement id of the item (REQUIREMENT) or a risk control id (RISK_CONTROL)
create table gxp_design_verification_trace (
    item_id          varchar(20)  not null,
    verification_id  varchar(40)  not null,
    kind             varchar(16)  not null,
    target_id        varchar(60)  not null,
    primary key (item_id, verification_id, kind, target_id),
    foreign key (item_id, verification_id) references gxp_design_verification (item_id, verification_id)
);

create table gxp_design_review (
    id                    varchar(20)   not null primary key,
    number                integer       not null,
    item_id               varchar(20)   not null,
    process_instance_id   varchar(64)   not null,
    business_key          varchar(255),
    status                varchar(16)   not null,
    review_round          integer       not null,
    outcome               varchar(16),
    reviewer_id           varchar(64),
    reviewed_at           timestamp with time zone,
    approved_at           timestamp with time zone,
    started_by            varchar(64)   not null,
    started_at            timestamp with time zone not null,
    foreign key (item_id) references gxp_design_item (id)
);
create unique index ux_gxp_design_review_number on gxp_design_review (number);
create unique index ux_gxp_design_review_pi on gxp_design_review (process_instance_id);

-- the reviewer's finding per design input (REQUIREMENTS, THREAT_MODEL, RISK_ASSESSMENT, VERIFICATIONS) and the
-- justification of each open trace gap (input GAP, subject the gap's key), per review round
create table gxp_design_review_finding (
    review_id     varchar(20)    not null,
    review_round  integer        not null,
    design_input  varchar(20)    not null,
    subject       varchar(80)    not null,
    finding       varchar(2000)  not null,
    primary key (review_id, review_round, design_input, subject),
    foreign key (review_id) references gxp_design_review (id)
);
