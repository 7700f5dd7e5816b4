-- Integration clients (issue 16 item 7; CHK-13, CHK-23): a system that calls the API has its own registered
-- identity, owned by a person, with its own token. Only the token's SHA-256 is stored; the token itself is shown
-- once at registration. A client is never deleted (its name is never reused, like a user id); it is revoked, with
-- who, when and why. last_used_at is operational (not sealed); every other column is the record, sealed by the
-- audit ledger with its CLIENT_REGISTERED / CLIENT_REVOKED entry.
create table gxp_integration_client (
    client_id     varchar(40)   not null primary key,
    name          varchar(40)   not null,
    owner_id      varchar(64)   not null references gxp_user (user_id),
    roles         varchar(200)  not null,
    token_hash    varchar(64)   not null,
    created_by    varchar(64)   not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    revoked_by    varchar(64),
    revoked_at    timestamp with time zone,
    revoke_reason varchar(1000),
    last_used_at  timestamp with time zone,
    constraint uq_gxp_integration_client_name unique (name),
    constraint uq_gxp_integration_client_token unique (token_hash)
);
