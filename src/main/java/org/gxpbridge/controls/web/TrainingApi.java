package org.gxpbridge.controls.web;

import java.util.List;
import java.util.Map;

import org.gxpbridge.controls.CurriculumEntry;
import org.gxpbridge.controls.Training;
import org.gxpbridge.controls.TrainingCurriculum;
import org.gxpbridge.controls.TrainingStatus;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.Role;
import org.gxpbridge.shared.InvalidInputException;
import org.gxpbridge.workflow.ProcessStarted;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training matrix (every role reads it) and the curriculum, which quality managers
 * edit with a reason.
 */
@RestController
class TrainingApi {

	private final Training training;

	private final TrainingCurriculum curriculum;

	TrainingApi(Training training, TrainingCurriculum curriculum) {
		this.training = training;
		this.curriculum = curriculum;
	}

	record CurriculumRequest(String role, String documentNumber, String reason) {
	}

	record AssignmentRequest(String documentNumber) {
	}

	@GetMapping("/api/training/matrix")
	@Access.AnyRole
	List<TrainingStatus> matrix() {
		return training.matrix();
	}

	@GetMapping("/api/training/curriculum")
	@Access.AnyRole
	List<CurriculumEntry> curriculum() {
		return curriculum.entries();
	}

	@PostMapping("/api/training/curriculum")
	@ResponseStatus(HttpStatus.CREATED)
	@Access.QualityManager
	CurriculumEntry add(@RequestBody CurriculumRequest request, Authentication auth) {
		return curriculum.add(role(request.role()), request.documentNumber(), auth.getName(), request.reason());
	}

	@DeleteMapping("/api/training/curriculum/{role}/{documentNumber}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Access.QualityManager
	void remove(@PathVariable String role, @PathVariable String documentNumber, @RequestParam String reason,
			Authentication auth) {
		curriculum.remove(role(role), documentNumber, auth.getName(), reason);
	}

	/** Assigns the effective version of a document to everyone its curriculum names. */
	@PostMapping("/api/training/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	@Access.QualityManager
	Map<String, String> assign(@RequestBody AssignmentRequest request, Authentication auth) {
		ProcessStarted started = curriculum.assignCurrentVersion(request.documentNumber(), auth.getName());
		return Map.of("processInstanceId", started.processInstanceId(), "businessKey", started.businessKey());
	}

	static Role role(String name) {
		try {
			return Role.valueOf(name == null ? "" : name.trim().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("unknown_role", "'" + name + "' is not a role");
		}
	}

}
