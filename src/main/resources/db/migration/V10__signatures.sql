-- Part 11 electronic signatures (DESIGN.md §5). Portable H2 2.x / PostgreSQL 16 DDL.
-- Rows of gxp_signature are written once and never updated or deleted by the application (P11-50b, P11-70).

-- The server's own certificate authority; its private key is encrypted under GXP_CA_KEY_PASSWORD.
create table gxp_signature_ca (
    id                  varchar(32)  not null primary key,
    certificate         bytea        not null,
    wrapped_private_key bytea        not null,
    created_at          timestamp with time zone not null
);

-- One key pair and certificate per user and generation. The private key is encrypted under a key derived from
-- the user's password (scrypt), so the server cannot sign without the signer. A revoked key signs nothing new but
-- still verifies the signatures it made.
create table gxp_signature_key (
    serial              varchar(64)  not null primary key,
    user_id             varchar(64)  not null references gxp_user (user_id),
    certificate         bytea        not null,
    wrapped_private_key bytea        not null,
    status              varchar(16)  not null,
    created_at          timestamp with time zone not null,
    revoked_at          timestamp with time zone,
    revocation_reason   varchar(200)
);
create index ix_gxp_signature_key_user on gxp_signature_key (user_id, status);

create table gxp_signature (
    id                    varchar(36)  not null primary key,
    task_id               varchar(64)  not null,
    task_definition_key   varchar(255) not null,
    process_instance_id   varchar(64)  not null,
    business_key          varchar(255),
    process_definition_id varchar(255) not null,
    signer_id             varchar(64)  not null references gxp_user (user_id),
    printed_name          varchar(200) not null,
    meaning               varchar(32)  not null,
    signed_at             timestamp with time zone not null,
    record_digest         varchar(64)  not null,
    certificate_serial    varchar(64)  not null references gxp_signature_key (serial),
    content               bytea        not null,
    cms                   bytea        not null
);
create unique index ux_gxp_signature_task on gxp_signature (task_id);
create index ix_gxp_signature_instance on gxp_signature (process_instance_id);
