-- Issue 17 goal 1: seqs the sealer passed as gaps (an identity value handed out to a transaction that had not
-- committed when later entries were sealed). An entry that commits later under such a seq is sealed from here,
-- at the end of the chain, so that a seal need not search the whole late-commit window of 10,000 seqs for it.
-- Written in the sealer's own transaction with the seals: a rolled-back seal leaves no gap row, another node
-- sealing next reads the same rows. Operational state, not a record: the sealer deletes a row once its entry is
-- sealed or the seq has left the window (a rolled-back transaction's seq never commits). A row deleted behind
-- the server's back leaves its late entry unsealed until an explicit seal or a restart searches the whole window;
-- verification reports it meanwhile.
create table gxp_audit_seal_gap (
    seq       bigint                   not null primary key,
    passed_at timestamp with time zone not null
);
