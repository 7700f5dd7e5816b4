package org.gxpbridge.signature.internal;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gxpbridge.security.CredentialChangeListener;
import org.gxpbridge.signature.SignatureSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each signer's key pair and certificate. The private key is stored only encrypted under
 * the signer's password (Argon2id or scrypt + AES-GCM), so neither the server nor an
 * administrator can sign without the signer. A password change re-wraps the key; so does
 * the first signature after the configured password hash changed (e.g. scrypt keys of
 * releases before stop 25 move to Argon2id), since only then is the password at hand. An
 * administrator's reset revokes it, and the user gets a new key pair and certificate at
 * their next signature. A revoked key signs nothing new, but its certificate still
 * verifies what it signed (11.200(a)(3)).
 */
@Component
public class UserKeys implements CredentialChangeListener {

	private static final Logger log = LoggerFactory.getLogger(UserKeys.class);

	public record SigningKey(String serial, X509Certificate certificate, PrivateKey privateKey) {
	}

	private record Row(String serial, byte[] certificate, byte[] wrapped) {
	}

	private final JdbcTemplate jdbc;

	private final CertificateAuthority ca;

	private final SignatureSettings settings;

	private final Clock clock;

	UserKeys(JdbcTemplate jdbc, CertificateAuthority ca, SignatureSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.ca = ca;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The password check of a signature (DESIGN.md §6: one slow hash per signature):
	 * opens the user's active key with the password; the key derivation is the slow hash
	 * and the AES-GCM tag proves the password. {@code hasKey} is false when the user has
	 * no active key yet (first signature, or after an administrator's reset); {@code key}
	 * is null when the key does not open (wrong password).
	 */
	public Unlocked unlock(String userId, String password) {
		Optional<Row> active = active(userId);
		if (active.isEmpty()) {
			return new Unlocked(false, null);
		}
		byte[] pkcs8 = KeyWrap.unwrap(active.get().wrapped(), password, wrapOwner(userId));
		if (pkcs8 == null) {
			return new Unlocked(true, null);
		}
		rewrapIfOutdated(userId, active.get(), pkcs8, password);
		return new Unlocked(true, new SigningKey(active.get().serial(), Pki.certificate(active.get().certificate()),
				Pki.privateKey(pkcs8)));
	}

	/**
	 * Same key, same certificate, new wrapping under the configured hash: costs one more
	 * derivation, once per signer.
	 */
	private void rewrapIfOutdated(String userId, Row row, byte[] pkcs8, String password) {
		SignatureSettings.Kdf made = KeyWrap.parameters(row.wrapped());
		if (made.sameAs(settings.kdf())) {
			return;
		}
		jdbc.update("update gxp_signature_key set wrapped_private_key = ? where serial = ? and status = 'ACTIVE'",
				KeyWrap.wrap(pkcs8, password, wrapOwner(userId), settings.kdf()), row.serial());
		log.info("Signing key {} of {} re-wrapped from {} to {}", row.serial(), userId, made, settings.kdf());
	}

	/** Outcome of {@link #unlock}. */
	public record Unlocked(boolean hasKey, SigningKey key) {
		public boolean opened() {
			return key != null;
		}
	}

	/**
	 * Opens the user's active key with a password already verified by the account's
	 * bcrypt hash; issues the first key, or a new one after a reset or when the stored
	 * key no longer opens with the verified password.
	 */
	public SigningKey open(String userId, String fullName, String password) {
		Optional<Row> active = active(userId);
		if (active.isPresent()) {
			byte[] pkcs8 = KeyWrap.unwrap(active.get().wrapped(), password, wrapOwner(userId));
			if (pkcs8 != null) {
				return new SigningKey(active.get().serial(), Pki.certificate(active.get().certificate()),
						Pki.privateKey(pkcs8));
			}
			// the password changed without a re-wrap (e.g. outside the server): the old
			// key cannot be opened by anyone now
			log.warn(
					"Signing key {} of {} no longer opens with the current password; revoking it and issuing a new one",
					active.get().serial(), userId);
			revoke(userId, "key no longer opens with the current password");
		}
		KeyPair keys = Pki.newKeyPair();
		X509Certificate certificate = ca.issue(userId, fullName, keys.getPublic());
		String serial = Pki.serial(certificate);
		jdbc.update(
				"insert into gxp_signature_key (serial, user_id, certificate, wrapped_private_key, status, created_at) values (?, ?, ?, ?, 'ACTIVE', ?)",
				serial, userId, Pki.der(certificate),
				KeyWrap.wrap(keys.getPrivate().getEncoded(), password, wrapOwner(userId), settings.kdf()),
				Timestamp.from(clock.instant()));
		return new SigningKey(serial, certificate, keys.getPrivate());
	}

	public Optional<X509Certificate> certificate(String serial) {
		return jdbc
			.query("select certificate from gxp_signature_key where serial = ?",
					(rs, n) -> Pki.certificate(rs.getBytes(1)), serial)
			.stream()
			.findFirst();
	}

	/** The user a certificate was issued to. */
	public Optional<String> owner(String serial) {
		return jdbc.queryForList("select user_id from gxp_signature_key where serial = ?", String.class, serial)
			.stream()
			.findFirst();
	}

	/** Status of a certificate for new signatures: ACTIVE or REVOKED. */
	public Optional<String> status(String serial) {
		return jdbc.queryForList("select status from gxp_signature_key where serial = ?", String.class, serial)
			.stream()
			.findFirst();
	}

	@Override
	public void passwordChanged(String userId, String oldPassword, String newPassword) {
		active(userId).ifPresent(row -> {
			byte[] pkcs8 = KeyWrap.unwrap(row.wrapped(), oldPassword, wrapOwner(userId));
			if (pkcs8 == null) {
				revoke(userId, "key did not open with the password being replaced");
				return;
			}
			jdbc.update("update gxp_signature_key set wrapped_private_key = ? where serial = ?",
					KeyWrap.wrap(pkcs8, newPassword, wrapOwner(userId), settings.kdf()), row.serial());
		});
	}

	@Override
	public void passwordReset(String userId) {
		revoke(userId, "password reset by an administrator");
	}

	private void revoke(String userId, String reason) {
		jdbc.update(
				"update gxp_signature_key set status = 'REVOKED', revoked_at = ?, revocation_reason = ? where user_id = ? and status = 'ACTIVE'",
				Timestamp.from(clock.instant()), reason, userId);
	}

	private Optional<Row> active(String userId) {
		List<Row> rows = jdbc.query(
				"select serial, certificate, wrapped_private_key from gxp_signature_key where user_id = ? and status = 'ACTIVE' "
						+ "order by created_at desc",
				(rs, n) -> new Row(rs.getString(1), rs.getBytes(2), rs.getBytes(3)), userId);
		return rows.stream().findFirst();
	}

	private static String wrapOwner(String userId) {
		return "gxp-signature-key:" + userId;
	}

}
