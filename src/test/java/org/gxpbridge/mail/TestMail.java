package org.gxpbridge.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP and IMAP server (GreenMail) on free local ports, and the settings that
 * point the server under test at it; each test adds its own intervals.
 */
final class TestMail {

	static final String IMAP_USER = "approvals";

	static final String IMAP_PASSWORD = "approvals-secret";

	private TestMail() {
	}

	static GreenMail start(int smtpPort, int imapPort, String approvalsAddress) {
		GreenMail server = new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, "127.0.0.1", "smtp"),
				new ServerSetup(imapPort, "127.0.0.1", "imap") });
		server.start();
		server.setUser(approvalsAddress, IMAP_USER, IMAP_PASSWORD);
		return server;
	}

	static void register(DynamicPropertyRegistry registry, int smtpPort, int imapPort, String baseUrl,
			String approvalsAddress) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtpPort);
		registry.add("gxp.mail.base-url", () -> baseUrl);
		registry.add("gxp.mail.from", () -> "gxp-bridge@gxp-bridge.test");
		registry.add("gxp.mail.reply-to", () -> approvalsAddress);
		registry.add("gxp.mail.imap.enabled", () -> "true");
		registry.add("gxp.mail.imap.protocol", () -> "imap");
		registry.add("gxp.mail.imap.host", () -> "127.0.0.1");
		registry.add("gxp.mail.imap.port", () -> imapPort);
		registry.add("gxp.mail.imap.user", () -> IMAP_USER);
		registry.add("gxp.mail.imap.password", () -> IMAP_PASSWORD);
	}

}
