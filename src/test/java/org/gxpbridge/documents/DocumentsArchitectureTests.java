package org.gxpbridge.documents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md: Tika only in documents; engine APIs of documents only in its process/
 * package.
 */
class DocumentsArchitectureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gxpbridge");

	@Test
	void tikaTypesAppearOnlyInTheDocumentsModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.gxpbridge.documents..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.tika..", "org.apache.poi..")
			.check(CLASSES);
	}

	@Test
	void pdfboxReadsInDocumentsAndWritesTheDossiersPdfOnly() {
		// documents parses uploaded PDFs; the dossier writes PDF/A-3 (issue 15) inside
		// its
		// internal package; nobody else touches PDF internals
		noClasses().that()
			.resideOutsideOfPackages("org.gxpbridge.documents..", "org.gxpbridge.dossier.internal..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.pdfbox..")
			.check(CLASSES);
	}

	@Test
	void documentsReachesTheEngineOnlyFromItsProcessPackage() {
		noClasses().that()
			.resideInAPackage("org.gxpbridge.documents..")
			.and()
			.resideOutsideOfPackage("org.gxpbridge.documents.process..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.camunda..")
			.check(CLASSES);
	}

	@Test
	void theModuleRootExposesNoTikaTypes() {
		noClasses().that()
			.resideInAPackage("org.gxpbridge.documents")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.tika..")
			.check(CLASSES);
	}

}
