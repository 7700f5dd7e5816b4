package org.gxpbridge.signature;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gxpbridge.security.Account;
import org.gxpbridge.security.IdentityVerifications;
import org.gxpbridge.security.IntegrationClient;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.signature.internal.CanonicalJson;
import org.gxpbridge.signature.internal.CertificateAuthority;
import org.gxpbridge.signature.internal.CmsSignatures;
import org.gxpbridge.signature.internal.Pki;
import org.gxpbridge.signature.internal.SignatureRepository;
import org.gxpbridge.signature.internal.SignatureRepository.StoredSignature;
import org.gxpbridge.signature.internal.SigningFailures;
import org.gxpbridge.signature.internal.UserKeys;
import org.gxpbridge.signature.process.SignaturePolicy;
import org.gxpbridge.signature.process.SigningSteps;
import org.gxpbridge.signature.process.SigningTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 11 electronic signatures on user tasks. {@link #sign} is the only way a signing
 * step completes: only the fields the step's form declares are accepted, the password is
 * re-checked by opening the signer's key (one slow hash; a failure counted toward
 * lockout), meaning, role, eligibility (workflow's task model), author ≠ signer and
 * reviewer ≠ approver are enforced, the signer's identity must have been verified
 * (11.100(b)), the canonical record including the process's defining fields is signed
 * with the signer's own key and stored, and the task is completed, all in one
 * transaction: both or neither.
 */
@Service
public class Signatures {

	static final String RECORD_TYPE = "gxp-bridge/task-signature/v1";

	private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z '(UTC'xxx')'")
		.withZone(ZoneId.of("UTC"));

	private final SigningSteps steps;

	private final UserKeys keys;

	private final CertificateAuthority ca;

	private final SignatureRepository repository;

	private final SigningPassword password;

	private final SigningFailures failures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final IdentityVerifications identities;

	Signatures(SigningSteps steps, UserKeys keys, CertificateAuthority ca, SignatureRepository repository,
			SigningPassword password, SigningFailures failures, ApplicationEventPublisher events, Clock clock,
			IdentityVerifications identities) {
		this.identities = identities;
		this.steps = steps;
		this.keys = keys;
		this.ca = ca;
		this.repository = repository;
		this.password = password;
		this.failures = failures;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Signs and completes a task. Refusals throw {@link SignatureException}; nothing is
	 * stored and the task stays open.
	 */
	@Transactional
	public SignatureView sign(SignRequest request) {
		refuseClients(request.userId());
		SigningTask task = steps.open(request.taskId())
			.orElseThrow(() -> steps.ended(request.taskId()) ? SignatureException.taskCompleted(request.taskId())
					: SignatureException.unknownTask(request.taskId()));
		if (!task.isSigningStep()) {
			throw SignatureException.notASigningStep(task.taskId());
		}
		Map<String, Object> variables = checkedVariables(request.variables(), steps.declaredFields(task.taskId()));
		SigningPassword.Verified verified = password.verify(request);
		Account signer = verified.account();
		failures.reset(signer.userId());
		if (!identities.isVerified(signer.userId())) {
			throw SignatureException.identityNotVerified(signer.userId());
		}
		String meaning = request.meaning() == null ? "" : request.meaning().trim().toUpperCase(Locale.ROOT);
		if (!task.allowedMeanings().contains(meaning)) {
			throw SignatureException.meaningNotAllowed(meaning, task.allowedMeanings());
		}
		SignaturePolicy policy = steps.policy(meaning)
			.orElseThrow(() -> SignatureException.meaningNotAllowed(meaning,
					task.allowedMeanings() + " (but SignaturePolicyDecision knows no rule for it)"));
		Set<String> roles = signer.roles().stream().map(Role::name).collect(Collectors.toSet());
		if (policy.requiredRoles().stream().noneMatch(roles::contains)) {
			throw SignatureException
				.forbidden("Signing as " + meaning + " requires one of the roles " + policy.requiredRoles());
		}
		if (!steps.mayWork(task.taskId(), signer.userId())) {
			throw SignatureException.forbidden(
					"User '" + signer.userId() + "' is not the assignee or a candidate of task '" + task.taskName()
							+ "' (the workflow task model decides; administrators and inspectors are never eligible)");
		}
		segregationOfDuties(task, policy, signer.userId());
		Instant signedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> record = record(task, variables, signer, meaning, signedAt, request.comment());
		Map<String, Object> documents = steps.documentHashes(task.processInstanceId());
		record.put("documents", documents);
		record.put("record",
				steps.recordNow(task.processInstanceId(), steps.recordFields(task.processDefinitionId()), documents));
		byte[] content = CanonicalJson.bytes(record);
		UserKeys.SigningKey key = verified.key();
		StoredSignature stored = new StoredSignature(UUID.randomUUID().toString(), task.taskId(),
				task.taskDefinitionKey(), task.processInstanceId(), task.businessKey(), task.processDefinitionId(),
				signer.userId(), signer.fullName(), meaning, signedAt, Sha256.hex(content), key.serial(), content,
				CmsSignatures.sign(content, key.privateKey(), key.certificate()));
		try {
			repository.insert(stored);
		}
		catch (DataIntegrityViolationException signedConcurrently) {
			throw SignatureException.taskCompleted(task.taskId());
		}
		steps.complete(task.taskId(), stored.id(), signer.userId(), variables);
		events.publishEvent(new RecordSigned(stored.id(), stored.taskId(), stored.processInstanceId(),
				stored.signerId(), stored.printedName(), meaning, signedAt, stored.recordDigest()));
		return manifestation(stored, "ACTIVE", true, false, "signed now");
	}

	/**
	 * A command-level guard, before the password is even looked at (so a client's attempt
	 * counts toward no lockout): neither the signer named in the request nor the
	 * authenticated caller may be an integration client.
	 */
	static void refuseClients(String signerId) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (IntegrationClient.isClientId(signerId)) {
			throw SignatureException.clientsCannotSign(signerId);
		}
		if (IntegrationClient.isClient(caller)) {
			throw SignatureException.clientsCannotSign(caller.getName());
		}
	}

	/**
	 * Segregation of duties on one record (P11-10g, CHK-15): the authors (initiator and
	 * whoever completed an authoring step, from engine history) and the signers of
	 * excluded meanings on the same process instance (our own signature table) may not
	 * sign with this meaning.
	 */
	private void segregationOfDuties(SigningTask task, SignaturePolicy policy, String signerId) {
		if (policy.authorExcluded() && task.authors().contains(signerId)) {
			throw SignatureException.forbidden("The author of a record cannot sign it as " + policy.meaning()
					+ " (segregation of duties; " + "authors from engine history: " + task.authors() + ")");
		}
		if (!policy.excludedSignerMeanings().isEmpty()) {
			repository.byProcessInstance(task.processInstanceId())
				.stream()
				.filter(s -> s.signerId().equals(signerId) && policy.excludedSignerMeanings().contains(s.meaning()))
				.findFirst()
				.ifPresent(s -> {
					throw SignatureException.forbidden("User '" + signerId + "' signed this record as " + s.meaning()
							+ " and cannot also sign it as " + policy.meaning()
							+ " (segregation of duties, SignaturePolicyDecision)");
				});
		}
	}

	/**
	 * Whether this instance carries valid signatures with each of the meanings that still
	 * cover its record as it stands (release steps refuse to act otherwise, DESIGN.md
	 * §6). Empty when it does; otherwise why not.
	 */
	@Transactional(readOnly = true)
	public Optional<String> missingForRelease(String processInstanceId, List<String> meanings) {
		List<SignatureView> all = forProcessInstance(processInstanceId);
		List<String> problems = new ArrayList<>();
		for (String meaning : meanings) {
			List<SignatureView> withMeaning = all.stream().filter(v -> meaning.equals(v.meaning())).toList();
			if (withMeaning.isEmpty()) {
				problems.add("no " + meaning + " signature");
			}
			else if (withMeaning.stream()
				.noneMatch(
						v -> Boolean.TRUE.equals(v.valid()) && Boolean.FALSE.equals(v.recordChangedSinceSigning()))) {
				problems.add(withMeaning.stream().anyMatch(v -> Boolean.TRUE.equals(v.valid()))
						? "the record changed since the " + meaning + " signature (recordChangedSinceSigning)"
						: "no valid " + meaning + " signature");
			}
		}
		return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
	}

	/** The signature with its manifestation and a fresh verification (11.50, 11.70). */
	@Transactional(readOnly = true)
	public SignatureView find(String signatureId) {
		return verify(stored(signatureId));
	}

	@Transactional(readOnly = true)
	public List<SignatureView> forProcessInstance(String processInstanceId) {
		return repository.byProcessInstance(processInstanceId).stream().map(this::verify).toList();
	}

	@Transactional(readOnly = true)
	public List<SignatureView> forTask(String taskId) {
		return repository.byTask(taskId).stream().map(this::verify).toList();
	}

	/**
	 * The process instances this user signed in (any meaning, valid or not), in one
	 * query: what another module needs to know who took part in a record without reading
	 * this module's table.
	 */
	@Transactional(readOnly = true)
	public Set<String> processInstancesSignedBy(String signerId) {
		return new TreeSet<>(repository.processInstancesSignedBy(signerId));
	}

	/**
	 * Verifies every stored signature against the CA certificate in this database, one at
	 * a time: what a restore report states about a restored database (CHK-20). A record
	 * changed since signing counts as not verified.
	 */
	@Transactional(readOnly = true)
	public SignaturesVerified verifyAll() {
		long total = 0;
		List<String> failed = new ArrayList<>();
		for (String id : repository.allIds()) {
			total++;
			SignatureView view = find(id);
			if (!Boolean.TRUE.equals(view.valid()) || Boolean.TRUE.equals(view.recordChangedSinceSigning())) {
				failed.add(id);
			}
		}
		return new SignaturesVerified(total, total - failed.size(), List.copyOf(failed));
	}

	/** DER-encoded detached CMS (PKCS#7). */
	public byte[] cms(String signatureId) {
		return stored(signatureId).cms();
	}

	/** Exactly the bytes that were signed. */
	public byte[] content(String signatureId) {
		return stored(signatureId).content();
	}

	/** The CA certificate, PEM: the trust anchor an inspector verifies against. */
	/**
	 * The meanings a signature on this step records; empty when completing the step is
	 * not a signature.
	 */
	public List<String> meaningsOf(String processDefinitionId, String taskDefinitionKey) {
		return steps.meanings(processDefinitionId, taskDefinitionKey);
	}

	public String caCertificatePem() {
		return Pki.pem(ca.certificate());
	}

	private static Map<String, Object> record(SigningTask task, Map<String, Object> variables, Account signer,
			String meaning, Instant signedAt, String comment) {
		Map<String, Object> record = new TreeMap<>();
		record.put("recordType", RECORD_TYPE);
		record.put("taskId", task.taskId());
		record.put("taskDefinitionKey", task.taskDefinitionKey());
		record.put("processInstanceId", task.processInstanceId());
		record.put("businessKey", task.businessKey());
		record.put("processDefinitionId", task.processDefinitionId());
		record.put("processDefinitionKey", task.processDefinitionKey());
		record.put("processDefinitionVersion", task.processDefinitionVersion());
		record.put("variables", variables);
		record.put("signerId", signer.userId());
		record.put("printedName", signer.fullName());
		record.put("meaning", meaning);
		record.put("signedAt", signedAt.toString());
		record.put("comment", comment);
		return record;
	}

	/**
	 * Only the fields the step's form lets a person submit, as plain values; anything
	 * else refuses the signature as invalid input.
	 */
	private Map<String, Object> checkedVariables(Map<String, Object> variables, Set<String> declared) {
		Map<String, Object> checked = new TreeMap<>();
		variables.forEach((name, value) -> {
			if (name == null || name.isBlank() || !(value == null || value instanceof String || value instanceof Number
					|| value instanceof Boolean)) {
				throw SignatureException
					.invalidVariables("Variable '" + name + "' must be a string, number, boolean or null");
			}
			if (!declared.contains(name)) {
				throw SignatureException
					.invalidVariables("Variable '" + name + "' is not a field this step's form lets you submit "
							+ "(submittable: " + new TreeSet<>(declared) + "); nothing was signed");
			}
			checked.put(name, value);
		});
		return checked;
	}

	private StoredSignature stored(String signatureId) {
		return repository.find(signatureId).orElseThrow(() -> SignatureException.notFound(signatureId));
	}

	private SignatureView verify(StoredSignature s) {
		SignatureCheck check = SignatureCheck.of(s, ca.certificate(), keys, steps);
		return manifestation(s, keys.status(s.certificateSerial()).orElse("UNKNOWN"), check.valid(),
				check.recordChanged(), check.detail());
	}

	private static SignatureView manifestation(StoredSignature s, String certificateStatus, Boolean valid,
			Boolean changed, String detail) {
		return new SignatureView(s.id(), s.taskId(), s.taskDefinitionKey(), s.processInstanceId(), s.businessKey(),
				s.signerId(), s.printedName(), s.meaning(), s.signedAt(), "UTC", DISPLAY.format(s.signedAt()),
				s.recordDigest(), s.certificateSerial(), certificateStatus, valid, changed, detail);
	}

}
