-- Management reviews (issue 13 item 1, ManagementReviewProcess, 21 CFR 820.20 / ISO 13485 5.6): the meeting pack is
-- a stored snapshot of the inputs gathered from the other lifecycle steps (with its SHA-256), the minutes are
-- written by the minute-taker, signed (APPROVED) by top management through the review's process instance, and
-- each agreed action is tracked until done.
create table gxp_management_review (
    id                   varchar(20)   not null primary key,
    number               integer       not null,
    business_key         varchar(255),
    status               varchar(16)   not null,
    since_at             timestamp with time zone not null,
    pack_json            text          not null,
    pack_sha256          varchar(64)   not null,
    gathered_by          varchar(64)   not null,
    gathered_at          timestamp with time zone not null,
    attendees            varchar(2000),
    decisions            varchar(4000),
    restart_lifecycle    boolean,
    minutes_by           varchar(64),
    minutes_at           timestamp with time zone,
    approved_at          timestamp with time zone,
    process_instance_id  varchar(64)   not null
);
create unique index ux_gxp_management_review_number on gxp_management_review (number);
create unique index ux_gxp_management_review_pi on gxp_management_review (process_instance_id);

-- the minutes' conclusion on each input of the pack (input key as the pack names it)
create table gxp_management_review_conclusion (
    review_id   varchar(20)   not null,
    input_key   varchar(32)   not null,
    conclusion  varchar(2000) not null,
    primary key (review_id, input_key),
    foreign key (review_id) references gxp_management_review (id)
);

-- the actions the review agreed, each tracked as a user task of the review's process until done
create table gxp_management_review_action (
    id           varchar(32)   not null primary key,
    review_id    varchar(20)   not null,
    number       integer       not null,
    description  varchar(1000) not null,
    owner_id     varchar(64)   not null,
    due_date     date          not null,
    status       varchar(16)   not null,
    outcome      varchar(2000),
    done_by      varchar(64),
    done_at      timestamp with time zone,
    foreign key (review_id) references gxp_management_review (id)
);
create index ix_gxp_management_review_action_review on gxp_management_review_action (review_id);
