package org.gxpbridge.design.web;

import org.gxpbridge.design.DesignItems;
import org.gxpbridge.design.DesignReviews;
import org.gxpbridge.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Design items for every role: the list, one item with its inputs, verifications and
 * reviews; the traceability matrix with its open gaps for inspectors, auditors, quality
 * managers and process owners. Inputs are recorded through /api/design/items, reviews
 * happen in the inbox.
 */
@Controller
@Access.AnyRole
class DesignPages {

	private final DesignItems items;

	private final DesignReviews reviews;

	DesignPages(DesignItems items, DesignReviews reviews) {
		this.items = items;
		this.reviews = reviews;
	}

	@GetMapping("/design/items")
	String list(Model model) {
		model.addAttribute("items", items.all());
		return "design-items";
	}

	@GetMapping("/design/items/{id}")
	String one(@PathVariable String id, Model model) {
		model.addAttribute("item", items.get(id));
		model.addAttribute("reviews", reviews.ofItem(id));
		return "design-item";
	}

	@GetMapping("/design/items/{id}/trace")
	@PreAuthorize(DesignTraceApi.TRACE_READERS)
	String trace(@PathVariable String id, Model model) {
		model.addAttribute("item", items.get(id));
		model.addAttribute("matrix", items.trace(id));
		return "design-trace";
	}

}
