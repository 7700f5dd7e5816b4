package org.gxpbridge.signature.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.gxpbridge.signature.SignatureSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CA that issues user certificates. By default the server's own: created once, its
 * private key stored encrypted under {@code gxp.signature.ca-key-password}
 * (GXP_CA_KEY_PASSWORD). With {@code gxp.signature.external-ca} set, an organisation's CA
 * from a PKCS#12 file is used instead. Inspectors verify signatures against
 * {@link #certificate()}.
 */
@Component
public class CertificateAuthority {

	private static final Logger log = LoggerFactory.getLogger(CertificateAuthority.class);

	private static final String INTERNAL = "internal";

	private static final String OWNER = "gxp-signature-ca";

	private final JdbcTemplate jdbc;

	private final SignatureSettings settings;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private volatile Loaded loaded;

	record Loaded(X509Certificate certificate, PrivateKey key) {
	}

	CertificateAuthority(JdbcTemplate jdbc, SignatureSettings settings, PlatformTransactionManager transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		// created outside the caller's transaction: a CA rolled back with a refused
		// signature must not stay cached
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	public X509Certificate certificate() {
		return load().certificate();
	}

	public X509Certificate issue(String userId, String fullName, PublicKey key) {
		Instant now = clock.instant();
		return Pki.issue(Pki.userName(userId, fullName, "GxP Bridge"), key, certificate(), load().key(),
				now.minus(Duration.ofMinutes(5)), now.plus(settings.certificateValidity()));
	}

	private Loaded load() {
		Loaded current = loaded;
		if (current == null) {
			synchronized (this) {
				if (loaded == null) {
					loaded = settings.externalCa() != null && settings.externalCa().configured() ? external()
							: internal();
				}
				current = loaded;
			}
		}
		return current;
	}

	private Loaded internal() {
		if (SignatureSettings.DEMO_CA_KEY_PASSWORD.equals(settings.caKeyPassword())) {
			log.warn(
					"The signature CA key is encrypted with the documented demo password; set GXP_CA_KEY_PASSWORD in production");
		}
		Loaded stored = ownTransaction.execute(tx -> read());
		if (stored != null) {
			return stored;
		}
		Instant now = clock.instant();
		KeyPair keys = Pki.newKeyPair();
		X509Certificate cert = Pki.selfSignedCa(settings.caName(), keys, now.minus(Duration.ofMinutes(5)),
				now.plus(Duration.ofDays(20 * 365)));
		byte[] wrapped = KeyWrap.wrap(keys.getPrivate().getEncoded(), settings.caKeyPassword(), OWNER, settings.kdf());
		try {
			ownTransaction.executeWithoutResult(tx -> jdbc.update(
					"insert into gxp_signature_ca (id, certificate, wrapped_private_key, created_at) values (?, ?, ?, ?)",
					INTERNAL, Pki.der(cert), wrapped, Timestamp.from(now)));
			log.info("Created the internal signature CA '{}' (serial {})", settings.caName(), Pki.serial(cert));
			return new Loaded(cert, keys.getPrivate());
		}
		catch (DuplicateKeyException anotherNodeWasFaster) {
			return ownTransaction.execute(tx -> read());
		}
	}

	private Loaded read() {
		List<Loaded> rows = jdbc.query("select certificate, wrapped_private_key from gxp_signature_ca where id = ?",
				(rs, n) -> {
					byte[] pkcs8 = KeyWrap.unwrap(rs.getBytes(2), settings.caKeyPassword(), OWNER);
					if (pkcs8 == null) {
						throw new IllegalStateException(
								"The signature CA key does not open with gxp.signature.ca-key-password (GXP_CA_KEY_PASSWORD)");
					}
					return new Loaded(Pki.certificate(rs.getBytes(1)), Pki.privateKey(pkcs8));
				}, INTERNAL);
		return rows.isEmpty() ? null : rows.get(0);
	}

	private Loaded external() {
		SignatureSettings.ExternalCa ext = settings.externalCa();
		char[] password = ext.pkcs12Password() == null ? new char[0] : ext.pkcs12Password().toCharArray();
		try (InputStream in = Files.newInputStream(Path.of(ext.pkcs12Path()))) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			String alias = ext.alias() != null && !ext.alias().isBlank() ? ext.alias()
					: Collections.list(store.aliases())
						.stream()
						.filter(a -> isKey(store, a))
						.findFirst()
						.orElseThrow(() -> new IllegalStateException("no private key entry in " + ext.pkcs12Path()));
			log.info("Using the external signature CA '{}' from {}", alias, ext.pkcs12Path());
			return new Loaded((X509Certificate) store.getCertificate(alias),
					(PrivateKey) store.getKey(alias, password));
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot load the external signature CA from " + ext.pkcs12Path(), e);
		}
	}

	private static boolean isKey(KeyStore store, String alias) {
		try {
			return store.isKeyEntry(alias);
		}
		catch (KeyStoreException e) {
			return false;
		}
	}

}
