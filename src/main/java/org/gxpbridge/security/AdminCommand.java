package org.gxpbridge.security;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gxpbridge.security.internal.UserIds;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The administrators' way back in when no administrator can sign in (the last one locked
 * out): {@code java -jar gxp-bridge.jar admin unlock USER [--spring options]} and
 * {@code admin reset-password USER [--spring options]}, which prints a temporary password
 * that must be changed at the next login. Runs against the configured database with the
 * server's configuration (and its production checks) but no web side, job executor or
 * deployment; the act is recorded in the security log and the audit ledger with the
 * operating-system user and host as actor ({@code os:<user>@<host>}). Exit 0 done, 1
 * refused, 2 usage.
 */
public final class AdminCommand {

	private static final SecureRandom RANDOM = new SecureRandom();

	private AdminCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out) {
		if (args.length < 3 || !List.of("unlock", "reset-password").contains(args[1]) || args[2].startsWith("--")) {
			out.println("usage: java -jar gxp-bridge.jar admin unlock USER [--spring.profiles.active=postgres ...]");
			out.println(
					"       java -jar gxp-bridge.jar admin reset-password USER [--spring.profiles.active=postgres ...]");
			return 2;
		}
		String action = args[1];
		String userId = args[2];
		if (!UserIds.wellFormed(Accounts.normalize(userId))) {
			out.println("Refused: " + UserIds.RULE);
			return 1;
		}
		List<String> springArgs = new ArrayList<>(Arrays.asList(args).subList(3, args.length));
		springArgs.add("--camunda.bpm.job-execution.enabled=false");
		springArgs.add("--camunda.bpm.auto-deployment-enabled=false");
		springArgs.add("--spring.main.banner-mode=off");
		springArgs.add("--logging.level.root=warn");
		// engine REST is a web part, and the command line has none
		springArgs.add(
				"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		String actor = operator();
		try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
			Accounts accounts = context.getBean(Accounts.class);
			String how = "with the recovery command (java -jar gxp-bridge.jar admin " + action
					+ ") by operating-system user " + actor;
			if ("unlock".equals(action)) {
				accounts.unlock(userId, actor, "unlocked " + how);
				out.println("Account '" + Accounts.normalize(userId) + "' unlocked; recorded as " + actor + ".");
			}
			else {
				String temporary = temporaryPassword();
				accounts.resetPassword(userId, temporary, actor,
						"temporary password set " + how + "; change forced at next login");
				out.println("Account '" + Accounts.normalize(userId)
						+ "' has the temporary password below (also lifts a lockout);"
						+ " it must be changed at the next login. Recorded as " + actor + ".");
				out.println(temporary);
			}
			return 0;
		}
		catch (AccountException e) {
			out.println("Refused: " + e.getMessage());
			return 1;
		}
		catch (RuntimeException e) {
			out.println("The command could not run: " + e.getMessage());
			return 1;
		}
	}

	/** {@code os:<user>@<host>}, short enough for the actor columns. */
	static String operator() {
		String user = System.getProperty("user.name", "unknown");
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (IOException e) {
			host = "unknown-host";
		}
		String actor = ("os:" + user + "@" + host).replaceAll("[^A-Za-z0-9._@:-]", "?");
		return actor.length() <= 64 ? actor : actor.substring(0, 64);
	}

	/**
	 * 24 random characters with upper, lower, digits and symbols: passes the password
	 * policy.
	 */
	static String temporaryPassword() {
		String upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		String lower = "abcdefghijkmnpqrstuvwxyz";
		String digits = "23456789";
		String symbols = "-_!#%+=";
		String all = upper + lower + digits + symbols;
		StringBuilder password = new StringBuilder();
		for (String set : List.of(upper, lower, digits, symbols)) {
			password.append(set.charAt(RANDOM.nextInt(set.length())));
		}
		while (password.length() < 24) {
			password.insert(RANDOM.nextInt(password.length() + 1), all.charAt(RANDOM.nextInt(all.length())));
		}
		return password.toString();
	}

}
