package org.gxpbridge.audittrail.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gxpbridge.audittrail.AuditEntry;
import org.gxpbridge.audittrail.VerificationReport;
import org.gxpbridge.shared.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed audit bundle (P11-10b/e, CHK-20): JSON lines, a header with the server
 * certificate, every sealed entry with its chain hash, every checkpoint, and a manifest
 * signed over the SHA-256 of all lines before it. Checking needs nothing but this file
 * and a JDK: {@code java -jar gxp-bridge.jar audit verify-bundle FILE}.
 */
@Component
public class AuditBundle {

	static final String FORMAT = "gxp-audit-bundle/1";

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final JdbcTemplate jdbc;

	private final ServerKey key;

	AuditBundle(JdbcTemplate jdbc, ServerKey key) {
		this.jdbc = jdbc;
		this.key = key;
	}

	public void write(OutputStream out) throws IOException {
		MessageDigest sha = Sha256.newDigest();
		long[] count = { 0, 0 };
		String[] lastHash = { Canonical.GENESIS };
		ObjectNode header = JSON.createObjectNode()
			.put("type", "header")
			.put("format", FORMAT)
			.put("exportedAt", Instant.now().toString())
			.put("keyId", key.keyId())
			.put("certificate", key.certificatePem());
		line(out, sha, header);
		jdbc.query("select " + LedgerRows.COLUMNS
				+ ", s.pos, s.chain_hash from gxp_audit_seal s join gxp_audit_entry e on e.seq = s.seq order by s.pos",
				rs -> {
					AuditEntry e = LedgerRows.entry(rs, true);
					ObjectNode node = JSON.valueToTree(e);
					node.put("type", "entry");
					line(out, sha, node);
					count[0]++;
					count[1] = e.position();
					lastHash[0] = e.chainHash();
				});
		jdbc.query(
				"select last_pos, chain_hash, sealed_at, signature from gxp_audit_checkpoint where last_pos <= ? order by last_pos",
				rs -> {
					line(out, sha,
							JSON.createObjectNode()
								.put("type", "checkpoint")
								.put("lastPosition", rs.getLong(1))
								.put("chainHash", rs.getString(2))
								.put("sealedAt", LedgerRows.instant(rs, "sealed_at").toString())
								.put("signature", rs.getString(4)));
				}, count[1]);
		String digest = Sha256.finish(sha);
		String payload = manifestPayload(count[0], lastHash[0], digest);
		line(out, null,
				JSON.createObjectNode()
					.put("type", "manifest")
					.put("entries", count[0])
					.put("lastChainHash", lastHash[0])
					.put("sha256", digest)
					.put("signature", key.sign(payload)));
		out.flush();
	}

	/**
	 * Checks a bundle file; the report names the first bad entry (by seq) and what is
	 * wrong.
	 */
	public static VerificationReport verify(Path file, List<String> problems) throws IOException {
		long started = System.nanoTime();
		MessageDigest sha = Sha256.newDigest();
		PublicKey publicKey = null;
		String previous = Canonical.GENESIS;
		long position = 0;
		long lastSeq = 0;
		long checkpoints = 0;
		Long firstBad = null;
		boolean manifestSeen = false;
		Map<Long, String> hashAt = new HashMap<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				if (manifestSeen) {
					problems.add("data after the manifest");
					break;
				}
				JsonNode node;
				try {
					node = JSON.readTree(line);
				}
				catch (IOException unreadable) {
					problems.add("unreadable line after chain position " + position + " (seq " + lastSeq
							+ "): the bundle is damaged or truncated");
					firstBad = firstBad != null ? firstBad : lastSeq + 1;
					break;
				}
				String type = node.path("type").asText();
				if ("manifest".equals(type)) {
					manifestSeen = true;
					String digest = Sha256.finish(sha);
					String payload = manifestPayload(node.path("entries").asLong(), node.path("lastChainHash").asText(),
							digest);
					if (publicKey == null || !digest.equals(node.path("sha256").asText())
							|| node.path("entries").asLong() != position
							|| !ServerKey.verify(publicKey, payload, node.path("signature").asText())) {
						problems.add(
								"the manifest signature does not cover this content: entries were added, removed or changed");
						firstBad = firstBad != null ? firstBad : lastSeq + 1;
					}
					continue;
				}
				sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
				switch (type) {
					case "header" -> {
						try {
							publicKey = ServerKey.parsePem(node.path("certificate").asText()).getPublicKey();
						}
						catch (GeneralSecurityException | IllegalArgumentException e) {
							problems.add("the header's certificate cannot be read");
						}
					}
					case "entry" -> {
						AuditEntry e = JSON.treeToValue(((ObjectNode) node).without("type"), AuditEntry.class);
						position++;
						lastSeq = e.seq();
						String hash = Canonical.chain(previous, e);
						if (e.position() == null || e.position() != position || !hash.equals(e.chainHash())) {
							problems.add("entry seq " + e.seq() + " (chain position " + position
									+ ") does not match the chain");
							firstBad = firstBad != null ? firstBad : e.seq();
						}
						previous = e.chainHash() == null ? hash : e.chainHash();
						hashAt.put(position, hash);
					}
					case "checkpoint" -> {
						checkpoints++;
						long at = node.path("lastPosition").asLong();
						String payload = Canonical.checkpointPayload(at, node.path("chainHash").asText(),
								Instant.parse(node.path("sealedAt").asText()));
						if (publicKey == null || !node.path("chainHash").asText().equals(hashAt.get(at))
								|| !ServerKey.verify(publicKey, payload, node.path("signature").asText())) {
							problems.add("checkpoint at chain position " + at
									+ " is not signed by the bundle's key or does not match the entries");
							firstBad = firstBad != null ? firstBad : at;
						}
					}
					default -> problems.add("unknown line type '" + type + "'");
				}
			}
		}
		if (!manifestSeen) {
			problems.add("no signed manifest: the bundle is truncated after chain position " + position + " (seq "
					+ lastSeq + ")");
			firstBad = firstBad != null ? firstBad : lastSeq + 1;
		}
		if (publicKey != null) {
			problems.add(0, "signed by key " + ServerKey.keyId(publicKey)
					+ " (compare with the certificate the company published)");
		}
		boolean intact = problems.size() == (publicKey != null ? 1 : 0);
		return new VerificationReport(intact, position, position, 0, checkpoints, firstBad, List.copyOf(problems),
				(System.nanoTime() - started) / 1_000_000);
	}

	static String manifestPayload(long entries, String lastChainHash, String sha256) {
		return FORMAT + "|" + entries + "|" + lastChainHash + "|" + sha256;
	}

	private static void line(OutputStream out, MessageDigest sha, JsonNode node) {
		try {
			byte[] b = (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
			if (sha != null) {
				sha.update(b);
			}
			out.write(b);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
