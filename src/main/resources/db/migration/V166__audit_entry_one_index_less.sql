-- Issue 17 goal 1 (ledger cost per history event): every ledger entry is written with each index of
-- gxp_audit_entry. ix_gxp_audit_entry_pi (process_instance_id) is a prefix of ix_gxp_audit_entry_pi_seq
-- (process_instance_id, seq, V155), which answers the same lookups; keeping both cost one more index update per
-- entry for nothing. Index only: no row changes.
drop index ix_gxp_audit_entry_pi;
