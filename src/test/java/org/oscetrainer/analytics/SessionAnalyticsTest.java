package org.oscetrainer.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.cohort.RosterFixture;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.demo.SessionSimulation;
import org.oscetrainer.demo.SimulationReport;
import org.oscetrainer.export.SessionExport;
import org.oscetrainer.export.SessionExportService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A simulated session on the real database, read back as analytics and exports: the figures follow
 * from the scores actually stored, the workbook and the Moodle CSV carry the same numbers, every
 * export is audited, and students reach none of it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionAnalyticsTest {

    private static final int STUDENTS = 40;

    @Autowired ExamSessionService sessions;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired CatalogService catalog;
    @Autowired SessionSimulation simulation;
    @Autowired SessionAnalyticsService analytics;
    @Autowired StudentProfileService profiles;
    @Autowired DeanOverviewService overview;
    @Autowired SessionExportService exports;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    private ExamSession session;
    private SimulationReport simulated;

    @BeforeAll
    void simulateASession() throws Exception {
        String name = "Analytics " + System.nanoTime();
        long cohortId = as("an-faculty", "FACULTY", () -> cohorts.create(name, 2026, RosterFixture.GROUPS)).id();
        byte[] roster = RosterFixture.csv(RosterFixture.students(STUDENTS, 7_000_000L + System.nanoTime() % 1_000_000L * 100),
                ',', false, RosterFixture.ENGLISH_HEADER);
        as("an-faculty", "FACULTY", () -> rosters.commit(cohortId, rosters.preview(cohortId, "roster.csv", roster)));
        long chest = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en").versionId());
        long headache = SystemIdentity.call(() -> catalog.latestStation("abdominal-pain-en").versionId());
        Instant now = clock.instant();
        session = as("an-faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft(name, cohortId, ExamMode.EXAM,
                now.minusSeconds(60), now.plus(Duration.ofHours(1)),
                List.of(new ExamSessionDraft.Station(chest, 8), new ExamSessionDraft.Station(headache, 8)))));
        simulated = as("an-faculty", "FACULTY", () -> {
            try {
                return simulation.simulate(session.id(), 0.9, 42);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theSimulationFillsTheSessionAndTheFiguresFollowFromTheStoredScores() {
        assertThat(simulated.encounters()).isEqualTo(STUDENTS * 2);
        assertThat(simulated.scored()).isEqualTo(STUDENTS * 2);
        assertThat(simulated.signedOff()).isBetween(STUDENTS, STUDENTS * 2);

        SessionResults results = as("an-faculty", "FACULTY", () -> analytics.results(session.id()));
        SessionStatistics stats = as("an-faculty", "FACULTY", () -> analytics.statistics(results));
        assertThat(results.students()).hasSize(STUDENTS).allSatisfy(s -> assertThat(s.results()).hasSize(2));
        assertThat(stats.candidates()).isEqualTo(STUDENTS);
        for (SessionResults.Student s : results.students()) {
            for (SessionResults.StationResult r : s.results().values()) {
                assertThat(r.total()).isEqualTo(r.itemPoints().values().stream().mapToInt(Integer::intValue).sum());
                Integer stored = r.reviewed()
                        ? jdbc.queryForObject("select final_total from review_signoff where encounter_id = ? and marker = 1",
                                Integer.class, r.encounterId())
                        : null;
                if (stored != null) {
                    assertThat(r.total()).as("the signed-off total").isEqualTo(stored);
                }
            }
        }
        // 36 of 40 ratings per station on average: borderline regression sets the pass marks
        assertThat(stats.stations()).allSatisfy(st -> {
            assertThat(st.passMarkMethod()).isEqualTo("borderline-regression");
            assertThat(st.histogram().stream().mapToInt(Integer::intValue).sum()).isEqualTo(STUDENTS);
            assertThat(st.aiAgreement()).isNotNull();
        });
        assertThat(stats.cronbachAlpha()).isNotNull();
        String someone = results.students().get(0).username();
        StudentProfile profile = as("an-faculty", "FACULTY", () -> profiles.profile(someone));
        assertThat(profile.attempts()).hasSize(2);
        assertThat(profile.stations()).hasSize(2);
        assertThat(as("an-faculty", "FACULTY", () -> overview.overview()).inProgress())
                .anySatisfy(p -> assertThat(p.sessionId()).isEqualTo(session.id()));
    }

    @Test
    void theWorkbookAndTheMoodleCsvCarryTheSameNumbersAndAreAudited() throws Exception {
        SessionResults results = as("an-faculty", "FACULTY", () -> analytics.results(session.id()));
        SessionStatistics stats = as("an-faculty", "FACULTY", () -> analytics.statistics(results));
        int before = audited();
        SessionExport workbook = as("an-faculty", "FACULTY", () -> exports.workbook(session.id(), "fr", false));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        workbook.writer().write(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Notes");
            Sheet grades = book.getSheetAt(0);
            assertThat(grades.getLastRowNum()).isEqualTo(STUDENTS);
            SessionResults.Student first = results.students().get(0);
            Row row = findRow(grades, first.studentNumber());
            assertThat(row).as("a row for " + first.studentNumber()).isNotNull();
            int stationColumn = 5;
            assertThat((int) row.getCell(stationColumn).getNumericCellValue())
                    .isEqualTo(first.results().get(results.stations().get(0).stationId()).total());
            assertThat((int) row.getCell(stationColumn + 2).getNumericCellValue())
                    .isEqualTo(stats.students().get(first.username()).total());
        }
        SessionExport moodle = as("an-faculty", "FACULTY", () -> exports.moodleCsv(session.id()));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        moodle.writer().write(csv);
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(STUDENTS + 1);
        SessionResults.Student first = results.students().get(0);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("," + first.studentNumber() + "," + first.email() + ",")
                .endsWith("," + stats.students().get(first.username()).total()));
        assertThat(audited() - before).isEqualTo(2);

        SessionExport pseudonymised = as("an-faculty", "FACULTY", () -> exports.workbook(session.id(), "en", true));
        ByteArrayOutputStream anonymous = new ByteArrayOutputStream();
        pseudonymised.writer().write(anonymous);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(anonymous.toByteArray()))) {
            assertThat(findRow(book.getSheetAt(0), first.studentNumber())).isNull();
        }
    }

    @Test
    void studentsAndExaminersReachNeitherAnalyticsNorExports() {
        assertThatThrownBy(() -> as("student", "STUDENT", () -> analytics.results(session.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("student", "STUDENT", () -> exports.moodleCsv(session.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("examiner", "EXAMINER", () -> exports.workbook(session.id(), "en", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("student", "STUDENT", () -> profiles.profile("student")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("student", "STUDENT", () -> {
            try {
                return simulation.simulate(session.id(), 1, 1);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        })).isInstanceOf(AccessDeniedException.class);
    }

    private int audited() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'GRADES_EXPORTED' and subject_id = ?",
                Integer.class, String.valueOf(session.id()));
    }

    private static Row findRow(Sheet sheet, String studentNumber) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.toString().equals(studentNumber)) {
                    return row;
                }
            }
        }
        return null;
    }
}
