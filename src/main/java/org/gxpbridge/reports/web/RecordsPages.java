package org.gxpbridge.reports.web;

import org.gxpbridge.reports.Records;
import org.gxpbridge.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /records}: the records I started or took part in, searchable and paged, each
 * linking to its dossier.
 */
@Controller
@Access.AnyRole
class RecordsPages {

	private final Records records;

	RecordsPages(Records records) {
		this.records = records;
	}

	@GetMapping("/records")
	String records(@RequestParam(required = false) String q, @RequestParam(required = false) String process,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page, Authentication auth,
			Model model) {
		model.addAttribute("result",
				records.find(RecordsApi.search(q, process, status, from, to, page, 50), auth.getName()));
		model.addAttribute("q", q);
		model.addAttribute("process", process);
		model.addAttribute("status", status);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "records";
	}

}
