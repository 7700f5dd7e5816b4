package org.gxpbridge.documents.internal;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Chooses the search implementation by the database the server runs on. */
@Configuration(proxyBeanMethods = false)
class SearchSetup {

	@Bean
	SearchIndex searchIndex(DataSource dataSource, JdbcTemplate jdbc) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return PostgresSearch.PRODUCT.equals(product) ? new PostgresSearch(jdbc) : new PortableSearch(jdbc);
	}

}
