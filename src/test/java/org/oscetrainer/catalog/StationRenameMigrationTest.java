package org.oscetrainer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.TestDatabase;
import org.oscetrainer.catalog.internal.ContentHash;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database that played the stations under their old ids (which named the diagnosis) is upgraded
 * by changeset 015: versions, encounters, exam circuits and incidents follow the new id, the stored
 * sources name the new id, their hash is ContentHash's (so the loader sees a changed file as a new
 * version of the same station, and an unchanged one as unchanged), and other stations are untouched.
 */
class StationRenameMigrationTest {

    private static final String URL = "jdbc:mariadb://127.0.0.1:3306/";
    private static final String DATABASE = TestDatabase.DATABASE + "_rename";
    private static final String OLD_SCENARIO = "format: osce-scenario/2\nid: colique-nephretique-fr\ntitle: Douleur lombaire\n";
    private static final String OLD_RUBRIC = "format: osce-rubric/2\nstation: colique-nephretique-fr\nitems: []\n";

    private DriverManagerDataSource dataSource;

    @AfterEach
    void drop() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void stationsStoredUnderTheirOldIdsFollowTheRename() throws Exception {
        assumeTrue(TestDatabase.localServerUp(), "needs the MariaDB server on 127.0.0.1:3306");
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = new DriverManagerDataSource(URL + DATABASE, "root", "");
        migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // the database as a server before the rename left it: the renames have not run yet
        jdbc.update("delete from DATABASECHANGELOG where id like '015-rename-station-%'");
        long v1 = version(jdbc, "colique-nephretique-fr", 1, OLD_SCENARIO, OLD_RUBRIC);
        long v2 = version(jdbc, "colique-nephretique-fr", 2, OLD_SCENARIO + "# v2\n", OLD_RUBRIC);
        long other = version(jdbc, "chest-pain-en", 1, "id: chest-pain-en\n", "station: chest-pain-en\n");
        jdbc.update("insert into encounter (student_username, station_id, station_version_id, station_title, started_at,"
                + " deadline_at, engine, exam_session_id, exam_attempt) values ('alice', 'colique-nephretique-fr', ?,"
                + " 'Douleur lombaire', now(), now(), 'SCRIPTED', 7, '7:alice:colique-nephretique-fr')", v1);
        jdbc.update("insert into encounter (student_username, station_id, station_version_id, station_title, started_at,"
                + " deadline_at, engine) values ('bob', 'chest-pain-en', ?, 'Chest pain', now(), now(), 'SCRIPTED')", other);
        jdbc.update("insert into exam_session (id, name, cohort_id, mode, opens_at, closes_at, created_by, created_at)"
                + " values (7, 'Mock', 1, 'EXAM', now(), now(), 'faculty', now())");
        jdbc.update("insert into exam_session_station (session_id, position, station_id, station_version_id, title,"
                + " duration_minutes) values (7, 1, 'colique-nephretique-fr', ?, 'Douleur lombaire', 8)", v2);
        jdbc.update("insert into ai_incident (reported_at, reporter, reporter_role, encounter_id, student_username,"
                + " station_id, kind, description, status) values (now(), 'alice', 'STUDENT', 1, 'alice',"
                + " 'colique-nephretique-fr', 'LEAK', 'named it', 'OPEN')");

        migrate();

        String renamed = "douleur-lombaire-fr";
        assertThat(jdbc.queryForObject("select count(*) from station_version where station_id = 'colique-nephretique-fr'",
                Integer.class)).isZero();
        for (Map<String, Object> row : jdbc.queryForList(
                "select id, version, scenario_source, rubric_source, content_hash from station_version where station_id = ?"
                        + " order by version", renamed)) {
            String scenario = (String) row.get("scenario_source");
            String rubric = (String) row.get("rubric_source");
            assertThat(scenario).contains("id: douleur-lombaire-fr").doesNotContain("colique-nephretique-fr");
            assertThat(rubric).isEqualTo("format: osce-rubric/2\nstation: douleur-lombaire-fr\nitems: []\n");
            assertThat(row.get("content_hash")).as("the loader's own hash").isEqualTo(ContentHash.of(scenario, rubric));
        }
        assertThat(jdbc.queryForList("select id from station_version where station_id = ? order by version", Long.class,
                renamed)).containsExactly(v1, v2);
        assertThat(jdbc.queryForMap("select station_id, exam_attempt from encounter where student_username = 'alice'"))
                .containsEntry("station_id", renamed).containsEntry("exam_attempt", "7:alice:" + renamed);
        assertThat(jdbc.queryForObject("select station_id from exam_session_station", String.class)).isEqualTo(renamed);
        assertThat(jdbc.queryForObject("select station_id from ai_incident", String.class)).isEqualTo(renamed);
        assertThat(jdbc.queryForMap("select station_id, scenario_source, content_hash from station_version where id = ?", other))
                .containsEntry("station_id", "chest-pain-en").containsEntry("content_hash", "h-other");
        assertThat(jdbc.queryForObject("select station_id from encounter where student_username = 'bob'", String.class))
                .isEqualTo("chest-pain-en");
    }

    @Test
    void aNewIdAlreadyTakenLeavesTheOldStationAlone() throws Exception {
        assumeTrue(TestDatabase.localServerUp(), "needs the MariaDB server on 127.0.0.1:3306");
        try (Connection c = DriverManager.getConnection(URL, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        dataSource = new DriverManagerDataSource(URL + DATABASE, "root", "");
        migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from DATABASECHANGELOG where id like '015-rename-station-%'");
        version(jdbc, "dyspnee-ep-fr", 1, "id: dyspnee-ep-fr\n", "station: dyspnee-ep-fr\n");
        version(jdbc, "dyspnee-aigue-fr", 1, "id: dyspnee-aigue-fr\n", "station: dyspnee-aigue-fr\n");

        migrate();

        assertThat(jdbc.queryForList("select station_id from station_version order by station_id", String.class))
                .as("no clash on (station_id, version)").containsExactly("dyspnee-aigue-fr", "dyspnee-ep-fr");
    }

    private void migrate() throws Exception {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    private static long version(JdbcTemplate jdbc, String stationId, int version, String scenario, String rubric) {
        jdbc.update("insert into station_version (station_id, version, content_hash, title, language, scenario_source,"
                + " rubric_source, status, loaded_at, origin, published_at) values (?, ?, ?, 'T', 'fr', ?, ?, 'PUBLISHED',"
                + " now(), 'FILE', now())", stationId, version, stationId.equals("chest-pain-en") ? "h-other" : "h", scenario,
                rubric);
        return jdbc.queryForObject("select id from station_version where station_id = ? and version = ?", Long.class,
                stationId, version);
    }
}
