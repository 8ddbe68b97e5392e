package org.oscetrainer.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.oscetrainer.TestDatabase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema on a database created with latin1 as its default (many servers' default, and the
 * embedded server's before it was told otherwise) ends up utf8mb4 everywhere: stations and transcripts
 * with "≤", "œ" or an emoji are stored and read back unchanged.
 */
class Utf8mb4SchemaTest {

    private static final String URL = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE = TestDatabase.DATABASE + "_latin1";

    @Test
    void aLatin1DatabaseIsConvertedAndKeepsEveryCharacter() throws Exception {
        assumeTrue(TestDatabase.localServerUp(), "needs the MariaDB server on 127.0.0.1:3306");
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET latin1 COLLATE latin1_swedish_ci");
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL + DATABASE, "root", "");
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String text = "SpO2 ≤ 90 %, sœur, 🙂";
        jdbc.update("insert into encounter_note (encounter_id, question_id, question, answer, submitted_at)"
                + " values (1, 'summary', ?, ?, now())", text, text);
        assertThat(jdbc.queryForObject("select answer from encounter_note where encounter_id = 1", String.class))
                .isEqualTo(text);
        assertThat(jdbc.queryForList("select table_name from information_schema.tables where table_schema = ?"
                + " and table_name not like 'DATABASECHANGELOG%' and table_collation not like 'utf8mb4%'",
                String.class, DATABASE)).as("tables left in another character set").isEmpty();
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE " + DATABASE);
        }
    }
}
