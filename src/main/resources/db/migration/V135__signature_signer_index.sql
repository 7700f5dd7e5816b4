-- Records (/records) asks the signature module which process instances a person signed in
-- (Signatures.processInstancesSignedBy): one index-only lookup by signer.
create index ix_gxp_signature_signer on gxp_signature (signer_id, process_instance_id);
