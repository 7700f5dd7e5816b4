package org.gxpbridge.regulation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gxpbridge.regulation.internal.CatalogueStore;
import org.gxpbridge.regulation.internal.CisoLibraryReader;
import org.gxpbridge.regulation.internal.CsvCatalogueReader;
import org.gxpbridge.regulation.internal.ImportBatch;
import org.gxpbridge.regulation.internal.ImportBatch.FrameworkDraft;
import org.gxpbridge.regulation.internal.ImportProblems;
import org.gxpbridge.regulation.internal.ImportValidator;
import org.gxpbridge.regulation.internal.OscalCatalogReader;
import org.gxpbridge.shared.Sha256;
import org.gxpbridge.shared.TooLargeException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports frameworks, requirements and crosswalk links into the catalogue from the
 * formats users already have ({@link ImportFormat}), e.g. a customer loading the licensed
 * text of a standard it owns into the descriptions. All or nothing: the whole file is
 * read and checked before the first write, and the writes share one transaction with the
 * audit entry ({@link RegulationCatalogueImported}). Who may import is decided by the web
 * adapters (quality manager, administrator).
 */
@Service
public class RegulationImports {

	private final CatalogueStore store;

	private final CatalogueImportSettings settings;

	private final ApplicationEventPublisher events;

	RegulationImports(CatalogueStore store, CatalogueImportSettings settings, ApplicationEventPublisher events) {
		this.store = store;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * Reads, checks and stores one file.
	 * @throws TooLargeException {@code import_too_large} above
	 * {@code gxp.regulation.import.max-size}
	 * @throws org.gxpbridge.shared.InvalidInputException {@code import_invalid} naming
	 * each problem's line and field; nothing is stored
	 */
	@Transactional
	public ImportResult importFile(CatalogueImport file, String actorId) {
		long max = settings.maxSize().toBytes();
		if (file.content().length > max) {
			throw new TooLargeException("import_too_large", "The file has " + file.content().length
					+ " bytes; imports accept at most " + max + " (gxp.regulation.import.max-size)");
		}
		ImportProblems problems = new ImportProblems();
		ImportBatch batch = read(file, problems);
		ImportValidator validator = new ImportValidator(store, problems);
		List<Requirement> requirements = validator.requirements(batch);
		List<Mapping> mappings = validator.mappings(batch);
		problems.throwIfAny();

		int created = 0;
		for (FrameworkDraft f : batch.frameworks) {
			if (!store.hasFramework(f.id())) {
				store.addFramework(f.id(), f.shortName() != null ? f.shortName() : f.id(),
						f.title() != null ? f.title() : f.id(), f.issuer() != null ? f.issuer() : "imported");
				created++;
			}
		}
		int added = 0;
		for (Requirement r : requirements) {
			added += store.addOrUpdate(r) ? 1 : 0;
		}
		store.addOrReplace(mappings);
		Set<String> touched = new LinkedHashSet<>();
		batch.frameworks.forEach(f -> touched.add(f.id()));
		mappings.forEach(m -> {
			touched.add(m.fromFramework());
			touched.add(m.toFramework());
		});
		ImportResult result = new ImportResult(file.format(), List.copyOf(touched), created, added,
				requirements.size() - added, mappings.size(), batch.skipped, Sha256.hex(file.content()));
		events.publishEvent(new RegulationCatalogueImported(actorId, file.fileName(), file.reason(), result));
		return result;
	}

	private ImportBatch read(CatalogueImport file, ImportProblems problems) {
		return switch (file.format()) {
			case OSCAL_JSON -> {
				if (file.frameworkId() == null) {
					problems.add("field frameworkId", "choose the catalogue id to import this catalog as");
					yield new ImportBatch();
				}
				yield OscalCatalogReader.read(file.content(), file.frameworkId(), file.frameworkName(), problems);
			}
			case CISO_YAML -> CisoLibraryReader.read(file.content(), file.frameworkId(), file.frameworkName(),
					(int) Math.min(Integer.MAX_VALUE, settings.maxSize().toBytes()), problems);
			case CSV_REQUIREMENTS ->
				CsvCatalogueReader.requirements(file.content(), file.frameworkId(), file.frameworkName(), problems);
			case CSV_MAPPINGS -> CsvCatalogueReader.mappings(file.content(), problems);
		};
	}

}
