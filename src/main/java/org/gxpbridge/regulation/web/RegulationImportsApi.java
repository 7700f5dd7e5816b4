package org.gxpbridge.regulation.web;

import java.io.IOException;

import org.gxpbridge.regulation.CatalogueImport;
import org.gxpbridge.regulation.ImportFormat;
import org.gxpbridge.regulation.ImportResult;
import org.gxpbridge.regulation.RegulationImports;
import org.gxpbridge.security.Access;
import org.gxpbridge.security.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports into the regulation catalogue (multipart: {@code file}, {@code format},
 * optional {@code frameworkId}, {@code frameworkName}, {@code reason}); quality managers
 * and administrators only, here and in the URL rules.
 */
@RestController
@Access.CatalogueMaintainer
class RegulationImportsApi {

	private final RegulationImports imports;

	RegulationImportsApi(RegulationImports imports) {
		this.imports = imports;
	}

	// no "consumes": a request that is not multipart gets the JSON error of the upload
	// handler
	@PostMapping("/api/regulations/imports")
	ImportResult importFile(@RequestPart("file") MultipartFile file, @RequestParam String format,
			@RequestParam(required = false) String frameworkId, @RequestParam(required = false) String frameworkName,
			@RequestParam(required = false) String reason) throws IOException {
		return imports.importFile(new CatalogueImport(ImportFormat.parse(format), blankToNull(frameworkId),
				blankToNull(frameworkName), file.getOriginalFilename(), file.getBytes(), blankToNull(reason)),
				CurrentUser.idOrSystem());
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
