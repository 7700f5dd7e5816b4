package org.gxpbridge.shared;

import java.util.Optional;

/**
 * Implemented by each module that keeps records in its own tables (a register, an
 * assessment, a risk register, a CAPA) and lets a process sign them. When a signing step
 * is signed, the signature module asks every implementation for the record its process
 * instance works on and signs that record's canonical content; at every verification it
 * asks again and reports the signature as "changed since signing" when the content
 * differs ("records are data": a signature covers the record at that version, not a
 * process variable a user could rewrite).
 *
 * <p>
 * The binding of a process instance to a record must come from the module's own tables
 * (e.g. a {@code process_instance_id} column written by a delegate), never from a process
 * variable.
 */
public interface SignableRecords {

	/**
	 * The record (at the version) this process instance works on, as it stands now in the
	 * module's tables; empty when the instance is not about one of this module's records.
	 */
	Optional<SignableRecord> forProcessInstance(String processInstanceId);

}
