package org.oscetrainer.accommodation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.oscetrainer.analytics.SessionAnalyticsService;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.oscetrainer.examsession.ExamMode;
import org.oscetrainer.examsession.ExamSession;
import org.oscetrainer.examsession.ExamSessionDraft;
import org.oscetrainer.examsession.ExamSessionException;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.export.SessionExportService;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Extra time on the real database: who may record it (audited), the deadline of the student's session
 * and practice encounters (and nobody else's), past a session's close, and the release waiting for it.
 */
@IntegrationTest
class ExtraTimeTest {

    @Autowired AccommodationService accommodations;
    @Autowired CohortService cohorts;
    @Autowired RosterImport rosters;
    @Autowired ExamSessionService sessions;
    @Autowired EncounterService encounters;
    @Autowired CatalogService catalog;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired SessionAnalyticsService analytics;
    @Autowired SessionExportService exports;

    private long cohortId;
    private String prefix;
    private StationSummary chestPain;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @BeforeEach
    void cohortOfTwo() {
        prefix = "xt" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        chestPain = SystemIdentity.call(() -> catalog.latestStation("chest-pain-en"));
        cohortId = as("xt-faculty", "FACULTY", () -> cohorts.create("Extra time " + prefix, 2026, List.of("A"))).id();
        String csv = "student number,last name,first name,email,group\n"
                + prefix + "1,Martin,Alice," + prefix + "1@univ.example,A\n"
                + prefix + "2,Durand,Bruno," + prefix + "2@univ.example,A\n";
        as("xt-faculty", "FACULTY", () -> rosters.commit(cohortId,
                rosters.preview(cohortId, "roster.csv", csv.getBytes(StandardCharsets.UTF_8))));
    }

    private String student(int n) {
        return (prefix + n).toLowerCase();
    }

    private TimeAccommodation give(int n, ExtraTime extra) {
        return as("xt-faculty", "FACULTY", () -> accommodations.record(cohortId, student(n),
                new AccommodationDecision(extra, " Disability  office ", LocalDate.of(2026, 9, 1))));
    }

    private ExamSession schedule(Instant closes, int minutes) {
        Instant now = clock.instant();
        return as("xt-faculty", "FACULTY", () -> sessions.schedule(new ExamSessionDraft("Session " + prefix, cohortId,
                ExamMode.EXAM, now.minusSeconds(60), closes, List.of(new ExamSessionDraft.Station(chestPain.versionId(), minutes)))));
    }

    private int audited(String action, String student) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject_id = ?", Integer.class,
                action, student);
    }

    @Test
    void facultyRecordItAndOnlyTheirStudentsStationsLastLonger() {
        TimeAccommodation given = give(1, ExtraTime.percent(33));
        assertThat(given.decidedBy()).isEqualTo("Disability office");
        assertThat(given.setBy()).isEqualTo("xt-faculty");
        assertThat(audited("TIME_ACCOMMODATION_SET", student(1))).isEqualTo(1);

        ExamSession exam = schedule(clock.instant().plus(Duration.ofHours(2)), 9);
        EncounterSummary alice = as(student(1), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId()));
        EncounterSummary bruno = as(student(2), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId()));
        // 33 % of 9 minutes is 178.2 seconds: rounded up to the second, in the student's favour
        assertThat(alice.extraTime()).isEqualTo(Duration.ofSeconds(179));
        assertThat(Duration.between(alice.startedAt(), alice.deadlineAt())).isEqualTo(Duration.ofSeconds(9 * 60 + 179));
        assertThat(bruno.hasExtraTime()).isFalse();
        assertThat(Duration.between(bruno.startedAt(), bruno.deadlineAt())).isEqualTo(Duration.ofMinutes(9));

        // changed to minutes: audited with what it was; free practice gets it too
        give(1, ExtraTime.minutes(10));
        assertThat(jdbc.queryForObject("select before_value from audit_entry where action = 'TIME_ACCOMMODATION_SET'"
                + " and subject_id = ? and before_value is not null", String.class, student(1)))
                .isEqualTo("+33 %, decided by Disability office on 2026-09-01");
        StationSummary other = SystemIdentity.call(() -> catalog.latestStation("febrile-child-en"));
        EncounterSummary practice = as(student(1), "STUDENT", () -> encounters.start(other.versionId()));
        assertThat(practice.extraTime()).isEqualTo(Duration.ofMinutes(10));
        assertThat(practice.deadlineAt()).isEqualTo(practice.startedAt().plus(Duration.ofMinutes(other.durationMinutes() + 10)));

        as("xt-faculty", "FACULTY", () -> {
            accommodations.remove(cohortId, student(1));
            return null;
        });
        assertThat(audited("TIME_ACCOMMODATION_REMOVED", student(1))).isEqualTo(1);
        assertThat(as("xt-faculty", "FACULTY", () -> accommodations.ofCohort(cohortId))).isEmpty();
        as(student(1), "STUDENT", () -> encounters.end(practice.id()));
        EncounterSummary again = as(student(1), "STUDENT", () -> encounters.start(other.versionId()));
        assertThat(again.hasExtraTime()).as("removed: the standard time again").isFalse();
    }

    @Test
    void onlyThoseWhoManageCohortsRecordItAndOnlyForTheirRoster() {
        AccommodationDecision decision = new AccommodationDecision(ExtraTime.percent(33), "Dean", LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> as(student(1), "STUDENT", () -> accommodations.record(cohortId, student(1), decision)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("xt-examiner", "EXAMINER", () -> accommodations.record(cohortId, student(1), decision)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(student(2), "STUDENT", () -> accommodations.ofCohort(cohortId)))
                .as("a student never reads another's").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("xt-faculty", "FACULTY", () -> accommodations.record(cohortId, "nobody-" + prefix, decision)))
                .isInstanceOfSatisfying(InvalidAccommodationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accommodation.error.not-on-roster"));
        assertThatThrownBy(() -> ExtraTime.percent(0)).isInstanceOf(InvalidAccommodationException.class);
        assertThatThrownBy(() -> ExtraTime.minutes(121)).isInstanceOf(InvalidAccommodationException.class);
        assertThatThrownBy(() -> as("xt-faculty", "FACULTY", () -> accommodations.record(cohortId, student(1),
                new AccommodationDecision(ExtraTime.percent(33), " ", LocalDate.of(2026, 9, 1)))))
                .isInstanceOfSatisfying(InvalidAccommodationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accommodation.error.decided-by"));
        assertThatThrownBy(() -> as("xt-faculty", "FACULTY", () -> accommodations.record(cohortId, student(1),
                new AccommodationDecision(ExtraTime.percent(33), "Dean", LocalDate.now(clock).plusDays(5)))))
                .isInstanceOfSatisfying(InvalidAccommodationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("accommodation.error.decided-on"));
        assertThat(audited("TIME_ACCOMMODATION_SET", student(1))).isZero();
    }

    @Test
    void extraTimeRunsPastTheSessionsCloseAndTheReleaseWaitsForIt() throws Exception {
        give(1, ExtraTime.minutes(10));
        Instant closes = clock.instant().plus(Duration.ofMinutes(5));
        ExamSession exam = schedule(closes, 8);
        EncounterSummary alice = as(student(1), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId()));
        EncounterSummary bruno = as(student(2), "STUDENT", () -> encounters.startInSession(exam.id(), chestPain.versionId()));
        // the window leaves 5 of the 8 minutes: Bruno stops at the close, Alice 10 minutes later
        assertThat(bruno.deadlineAt()).isEqualTo(exam.closesAt());
        assertThat(alice.deadlineAt()).isEqualTo(exam.closesAt().plus(Duration.ofMinutes(10)));

        clock.advance(Duration.ofMinutes(6));
        waitUntil(() -> as(student(2), "STUDENT", () -> encounters.encounter(bruno.id())).ended());
        waitUntil(() -> audited("SESSION_CLOSED", String.valueOf(exam.id())) != 0);
        Thread.sleep(1500); // the closing's listener and a few rounds of the deadline job
        assertThat(as(student(1), "STUDENT", () -> encounters.encounter(alice.id())).ended())
                .as("still within her extra time after the close").isFalse();
        assertThatThrownBy(() -> as("xt-faculty", "FACULTY", () -> sessions.release(exam.id())))
                .isInstanceOfSatisfying(ExamSessionException.class,
                        e -> assertThat(e.key()).isEqualTo("session.error.release-extra-time"));

        clock.advance(Duration.ofMinutes(10));
        waitUntil(() -> as(student(1), "STUDENT", () -> encounters.encounter(alice.id())).ended());
        assertThat(as(student(1), "STUDENT", () -> encounters.encounter(alice.id())).endReason())
                .isEqualTo(EncounterService.END_AT_DEADLINE);
        assertThat(as("xt-faculty", "FACULTY", () -> sessions.release(exam.id())).releasedAt()).isNotNull();

        // the grade workbook tells the jury who had extra time, as the attempt recorded it
        waitUntil(() -> as("xt-faculty", "FACULTY", () -> analytics.results(exam.id())).students().stream()
                .allMatch(s -> !s.results().isEmpty()));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        as("xt-faculty", "FACULTY", () -> exports.workbook(exam.id(), "en", false)).writer().write(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet grades = book.getSheet("Grades");
            int column = -1;
            for (Cell header : grades.getRow(0)) {
                column = "Extra time".equals(header.getStringCellValue()) ? header.getColumnIndex() : column;
            }
            assertThat(column).as("an Extra time column").isNotNegative();
            Map<String, Cell> byNumber = new HashMap<>();
            for (int r = 1; r <= grades.getLastRowNum(); r++) {
                byNumber.put(grades.getRow(r).getCell(0).getStringCellValue(), grades.getRow(r).getCell(column));
            }
            assertThat(byNumber.get(prefix + "1").getStringCellValue()).isEqualTo("+10 min");
            assertThat(byNumber.get(prefix + "2")).as("Bruno has none: an empty cell").isNull();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within 15 s");
            }
            Thread.sleep(100);
        }
    }
}
