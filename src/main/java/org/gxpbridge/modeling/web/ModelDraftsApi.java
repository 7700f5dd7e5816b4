package org.gxpbridge.modeling.web;

import java.net.URI;
import java.util.List;

import org.gxpbridge.modeling.ChangeSubmitted;
import org.gxpbridge.modeling.DraftDiff;
import org.gxpbridge.modeling.DraftSaved;
import org.gxpbridge.modeling.DraftSummary;
import org.gxpbridge.modeling.ModelChange;
import org.gxpbridge.modeling.ModelChanges;
import org.gxpbridge.modeling.ModelDraft;
import org.gxpbridge.modeling.ModelDrafts;
import org.gxpbridge.modeling.ModelKind;
import org.gxpbridge.modeling.ModelValidation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Model drafts over HTTP (JSON only): process owners create, save, validate and submit
 * their drafts; the quality unit reads them, their validation and diff (the review step
 * of ModelChangeProcess links to it). Unsafe or malformed content: 400 with the problems;
 * a submission with problems: 422 with the problems.
 */
@RestController
@RequestMapping("/api/model-drafts")
@PreAuthorize("hasAnyRole('PROCESS_OWNER','QUALITY_MANAGER')")
class ModelDraftsApi {

	private final ModelDrafts drafts;

	private final ModelChanges changes;

	ModelDraftsApi(ModelDrafts drafts, ModelChanges changes) {
		this.drafts = drafts;
		this.changes = changes;
	}

	record NewDraft(String kind, String key, String content) {
	}

	record DraftContent(String content) {
	}

	record Submission(String reason) {
	}

	@PostMapping
	@PreAuthorize("hasRole('PROCESS_OWNER')")
	ResponseEntity<DraftSaved> create(@RequestBody NewDraft body, Authentication user) {
		DraftSaved saved = drafts.create(ModelKind.parse(body.kind()), body.key(), body.content(), user.getName());
		return ResponseEntity.created(URI.create("/api/model-drafts/" + saved.draftId())).body(saved);
	}

	@PutMapping("/{draftId}")
	@PreAuthorize("hasRole('PROCESS_OWNER')")
	DraftSaved save(@PathVariable String draftId, @RequestBody DraftContent body, Authentication user) {
		return drafts.save(draftId, body.content(), user.getName());
	}

	@GetMapping("/{draftId}")
	ModelDraft get(@PathVariable String draftId, @RequestParam(required = false) Integer version) {
		return version == null ? drafts.get(draftId) : drafts.version(draftId, version);
	}

	@GetMapping
	List<DraftSummary> list(@RequestParam(defaultValue = "false") boolean mine, Authentication user) {
		return drafts.list(mine ? user.getName() : null);
	}

	@PostMapping("/{draftId}/validate")
	ModelValidation validate(@PathVariable String draftId) {
		return drafts.validate(draftId);
	}

	@GetMapping("/{draftId}/diff")
	DraftDiff diff(@PathVariable String draftId) {
		return drafts.diff(draftId);
	}

	@GetMapping("/{draftId}/changes")
	List<ModelChange> changes(@PathVariable String draftId) {
		drafts.get(draftId);
		return changes.ofDraft(draftId);
	}

	@PostMapping("/{draftId}/submit")
	@PreAuthorize("hasRole('PROCESS_OWNER')")
	ResponseEntity<ChangeSubmitted> submit(@PathVariable String draftId, @RequestBody Submission body,
			Authentication user) {
		ChangeSubmitted submitted = drafts.submit(draftId, body.reason(), user.getName());
		return ResponseEntity.created(URI.create("/api/model-drafts/" + draftId + "/changes")).body(submitted);
	}

}
