-- Periodic restore test (issue 16 item 2, CHK-20, EU Annex 11 §7.2), BackupVerificationProcess: one row per test.
-- The operator uploads the restore report the jar wrote from the RESTORED database (`restore report`); the server
-- accepts it only when the restored ledger verified, every restored signature verified and the restored ledger's
-- head (chain position, chain hash) is an entry of the live ledger with the same hash: the backup is a prefix of
-- this installation's ledger. Recorded by ADMIN/IT_SECURITY, approved (signed APPROVED) by another person, a
-- quality manager. Sealed by the ledger (RestoreTestTables); every change is a RestoreTestChanged entry.
create table gxp_restore_test (
    test_id              varchar(40)   not null primary key,
    process_instance_id  varchar(64)   not null,
    status               varchar(16)   not null,
    opened_at            timestamp with time zone not null,
    opened_by            varchar(64),
    report               text,
    report_sha256        varchar(64),
    report_generated_at  timestamp with time zone,
    ledger_intact        boolean,
    ledger_position      bigint,
    chain_hash           varchar(64),
    signatures           bigint,
    signatures_verified  bigint,
    report_accepted_by   varchar(64),
    report_accepted_at   timestamp with time zone,
    backup_taken_at      timestamp with time zone,
    restored_to          varchar(500),
    evidence             varchar(4000),
    recorded_by          varchar(64),
    recorded_at          timestamp with time zone,
    approved_by          varchar(64),
    approved_at          timestamp with time zone
);
create unique index ux_gxp_restore_test_pi on gxp_restore_test (process_instance_id);
create index ix_gxp_restore_test_opened on gxp_restore_test (opened_at);
