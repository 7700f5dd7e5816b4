-- Identity verification before signing rights (21 CFR 11.100(b), CHK-14): who verified a person, how (the kind of
-- evidence and a reference to it), when. A person may be verified again (e.g. after a lost token); the latest
-- record counts. Rows are never updated or deleted; the audit ledger seals each with its IDENTITY_VERIFIED entry.
create table gxp_identity_verification (
    verification_id varchar(40)   not null primary key,
    user_id         varchar(64)   not null references gxp_user (user_id),
    method          varchar(32)   not null,
    reference       varchar(200)  not null,
    note            varchar(1000),
    verified_by     varchar(64)   not null,
    verified_at     timestamp with time zone not null
);
create index ix_gxp_identity_verification_user on gxp_identity_verification (user_id, verified_at);

-- the reason for change an administrator gave for an account change (EU Annex 11 §9)
alter table gxp_security_event add column reason varchar(1000);
