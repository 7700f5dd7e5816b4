package org.gxpbridge.documents.internal;

import java.util.List;

import org.gxpbridge.documents.SearchHit;

/**
 * Full-text search over titles and extracted text. PostgreSQL's own full-text search in
 * production; a portable fallback elsewhere ({@link SearchSetup} chooses by database
 * product). Both index in the storing transaction.
 */
interface SearchIndex {

	List<SearchHit> search(String query, int limit);

}
