-- Issue 15 (dossier speed): a record's dossier reads its ledger entries by engine history row (which entry
-- captured ACT_HI_DETAIL / ACT_HI_TASKINST row X: who, old value, reason) and page by page in seq order.
-- Without these the first was an IN list tested against every entry of the record (quadratic in the record's
-- length) and the second re-read and sorted the whole record for every page. Indexes only: no row changes.
create index ix_gxp_audit_entry_source_row on gxp_audit_entry (source_row_id);
create index ix_gxp_audit_entry_pi_seq on gxp_audit_entry (process_instance_id, seq);
