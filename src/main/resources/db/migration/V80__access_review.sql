-- Periodic access review (CHK-12, 21 CFR 11.300(b)), AccessReviewProcess: one review per run, one line per
-- (role, member) as the accounts stood when it opened; each line confirmed or removed by a responsible reviewer,
-- or disabled by the server for an account unused too long. Signed (APPROVED) through its process instance.
create table gxp_access_review (
    review_id            varchar(40)  not null primary key,
    process_instance_id  varchar(64)  not null,
    status               varchar(16)  not null,
    unused_days          integer      not null,
    opened_at            timestamp with time zone not null,
    approved_at          timestamp with time zone
);
create unique index ux_gxp_access_review_pi on gxp_access_review (process_instance_id);

create table gxp_access_review_line (
    review_id      varchar(40)   not null,
    role_name      varchar(32)   not null,
    user_id        varchar(64)   not null,
    full_name      varchar(200),
    last_used_at   timestamp with time zone,
    decision       varchar(20),
    decided_by     varchar(64),
    decided_at     timestamp with time zone,
    reason         varchar(1000),
    primary key (review_id, role_name, user_id),
    foreign key (review_id) references gxp_access_review (review_id)
);
