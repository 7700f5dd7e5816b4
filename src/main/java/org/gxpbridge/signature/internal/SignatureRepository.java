package org.gxpbridge.signature.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * gxp_signature: written once per signature, never updated or deleted (the manifestation
 * is immutable, P11-50b).
 */
@Repository
public class SignatureRepository {

	/** A stored signature: manifestation snapshot, the exact signed bytes and the CMS. */
	public record StoredSignature(String id, String taskId, String taskDefinitionKey, String processInstanceId,
			String businessKey, String processDefinitionId, String signerId, String printedName, String meaning,
			Instant signedAt, String recordDigest, String certificateSerial, byte[] content, byte[] cms) {
	}

	private final JdbcTemplate jdbc;

	SignatureRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(StoredSignature s) {
		jdbc.update(
				"insert into gxp_signature (id, task_id, task_definition_key, process_instance_id, business_key, process_definition_id, "
						+ "signer_id, printed_name, meaning, signed_at, record_digest, certificate_serial, content, cms) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				s.id(), s.taskId(), s.taskDefinitionKey(), s.processInstanceId(), s.businessKey(),
				s.processDefinitionId(), s.signerId(), s.printedName(), s.meaning(), Timestamp.from(s.signedAt()),
				s.recordDigest(), s.certificateSerial(), s.content(), s.cms());
	}

	public Optional<StoredSignature> find(String id) {
		return jdbc.query("select * from gxp_signature where id = ?", SignatureRepository::map, id)
			.stream()
			.findFirst();
	}

	public List<StoredSignature> byProcessInstance(String processInstanceId) {
		return jdbc.query("select * from gxp_signature where process_instance_id = ? order by signed_at, id",
				SignatureRepository::map, processInstanceId);
	}

	public List<String> processInstancesSignedBy(String signerId) {
		return jdbc.queryForList("select distinct process_instance_id from gxp_signature where signer_id = ?"
				+ " and process_instance_id is not null order by process_instance_id", String.class, signerId);
	}

	/** Every signature id, oldest first. */
	public List<String> allIds() {
		return jdbc.queryForList("select id from gxp_signature order by signed_at, id", String.class);
	}

	public List<StoredSignature> byTask(String taskId) {
		return jdbc.query("select * from gxp_signature where task_id = ?", SignatureRepository::map, taskId);
	}

	/**
	 * True when this signature row exists for this task: the gate's proof that the
	 * signature was stored.
	 */
	public boolean existsFor(String id, String taskId) {
		Integer n = jdbc.queryForObject("select count(*) from gxp_signature where id = ? and task_id = ?",
				Integer.class, id, taskId);
		return n != null && n > 0;
	}

	private static StoredSignature map(ResultSet rs, int n) throws SQLException {
		return new StoredSignature(rs.getString("id"), rs.getString("task_id"), rs.getString("task_definition_key"),
				rs.getString("process_instance_id"), rs.getString("business_key"),
				rs.getString("process_definition_id"), rs.getString("signer_id"), rs.getString("printed_name"),
				rs.getString("meaning"), rs.getTimestamp("signed_at").toInstant(), rs.getString("record_digest"),
				rs.getString("certificate_serial"), rs.getBytes("content"), rs.getBytes("cms"));
	}

}
