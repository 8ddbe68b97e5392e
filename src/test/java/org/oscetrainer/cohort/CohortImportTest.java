package org.oscetrainer.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditFilter;
import org.oscetrainer.audit.AuditRecord;
import org.oscetrainer.audit.AuditService;
import org.oscetrainer.cohort.RosterProblem.Kind;
import org.oscetrainer.cohort.RosterRow.Status;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.NewStudent;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Cohorts and roster imports on the real database: 200 students, re-imports, refusals, accounts, audit, access. */
@IntegrationTest
class CohortImportTest {

    @Autowired CohortService cohorts;
    @Autowired RosterImport imports;
    @Autowired AccountService accounts;
    @Autowired AuditService audit;
    @Autowired JdbcTemplate jdbc;

    private long newCohort(String name) {
        return as("faculty", "FACULTY", () -> cohorts.create(name, 2026, List.of("A", "B", "C", "D")).id());
    }

    private RosterImported importFile(long cohortId, String fileName, byte[] bytes) {
        return as("faculty", "FACULTY", () -> imports.commit(cohortId, imports.preview(cohortId, fileName, bytes)));
    }

    @Test
    void twoHundredStudentsThenAReimportWithChangesUpdatesWithoutDuplicating() {
        long cohortId = newCohort("DFASM1 import");
        List<String[]> students = RosterFixture.students(200, 23_100_001L);

        RosterPreview preview = as("faculty", "FACULTY",
                () -> imports.preview(cohortId, "inscrits.xlsx", RosterFixture.xlsx(students, RosterFixture.FRENCH_HEADER)));
        assertThat(preview.importable()).isTrue();
        assertThat(preview.count(Status.NEW)).isEqualTo(200);
        assertThat(preview.ignoredColumns()).containsExactly("Date de naissance");
        assertThat(as("faculty", "FACULTY", () -> cohorts.roster(cohortId))).as("a preview writes nothing").isEmpty();

        RosterImported first = as("faculty", "FACULTY", () -> imports.commit(cohortId, preview));
        assertThat(first).isEqualTo(new RosterImported(cohortId, 0, 200, 200, 0, 0, 0, 200));
        assertThat(as("faculty", "FACULTY", () -> cohorts.cohort(cohortId)).students()).isEqualTo(200);
        assertThat(as("admin", "ADMIN", () -> accounts.roles(List.of("23100001", "23100200"))))
                .containsOnly(Map.entry("23100001", Set.of(Role.STUDENT)), Map.entry("23100200", Set.of(Role.STUDENT)));
        assertThat(jdbc.queryForObject("select display_name from app_user where username = '23100001'", String.class))
                .isEqualTo(students.get(0)[2] + " " + students.get(0)[1]);
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = '23100001'", String.class))
                .as("an unusable random password").startsWith("{bcrypt}$2a$04$");

        // the registrar's next export: two students swap e-mails, one moves group, one's name is corrected,
        // five have left, two have joined; the CSV variant with semicolons this time
        List<String[]> next = new ArrayList<>();
        students.forEach(s -> next.add(s.clone()));
        String email3 = next.get(3)[3];
        next.get(3)[3] = next.get(4)[3];
        next.get(4)[3] = email3;
        next.get(10)[4] = "D".equals(next.get(10)[4]) ? "A" : "D";
        next.get(20)[2] = "Marie-Ève";
        next.subList(195, 200).clear();
        next.addAll(RosterFixture.students(2, 23_100_901L));
        RosterPreview again = as("faculty", "FACULTY",
                () -> imports.preview(cohortId, "inscrits-v2.csv", RosterFixture.csv(next, ';', true, RosterFixture.FRENCH_HEADER)));
        assertThat(again.errors()).isZero();
        assertThat(again.count(Status.NEW)).isEqualTo(2);
        assertThat(again.count(Status.UPDATE)).isEqualTo(4);
        assertThat(again.count(Status.UNCHANGED)).isEqualTo(191);
        assertThat(again.notInFile()).extracting(RosterStudent::studentNumber)
                .containsExactlyInAnyOrder("23100196", "23100197", "23100198", "23100199", "23100200");

        RosterImported second = as("faculty", "FACULTY", () -> imports.commit(cohortId, again));
        assertThat(second).isEqualTo(new RosterImported(cohortId, 200, 202, 2, 4, 191, 5, 2));
        Map<String, RosterStudent> roster = as("faculty", "FACULTY", () -> cohorts.roster(cohortId)).stream()
                .collect(Collectors.toMap(RosterStudent::studentNumber, Function.identity()));
        assertThat(roster).hasSize(202).containsKey("23100200");
        assertThat(roster.get("23100004").email()).isEqualTo(students.get(4)[3]);
        assertThat(roster.get("23100005").email()).isEqualTo(students.get(3)[3]);
        assertThat(roster.get("23100011").group()).isEqualTo(next.get(10)[4]);
        assertThat(roster.get("23100021").firstName()).isEqualTo("Marie-Ève");
        assertThat(jdbc.queryForObject("select display_name from app_user where username = '23100021'", String.class))
                .isEqualTo("Marie-Ève " + students.get(20)[1]);
        assertThat(jdbc.queryForObject("select count(*) from roster_entry where cohort_id = ?", Integer.class, cohortId))
                .isEqualTo(202);

        List<AuditRecord> entries = as("admin", "ADMIN",
                () -> audit.search(new AuditFilter("faculty", AuditAction.ROSTER_IMPORTED, null, null), 0, 100)).stream()
                .filter(r -> r.subjectId().equals(String.valueOf(cohortId))).toList();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).before()).isEqualTo("200 students");
        assertThat(entries.get(0).after()).startsWith("202 students").contains("2 new, 4 updated, 191 unchanged, 5 not in the file");
        assertThat(entries.get(1).before()).isEqualTo("0 students");
    }

    @Test
    void aFileWithBadRowsIsExplainedAndWritesNothing() {
        long cohortId = newCohort("DFASM1 bad rows");
        byte[] bad = RosterFixture.xlsx(RosterFixture.withBadRows(RosterFixture.students(200, 23_200_001L)),
                RosterFixture.FRENCH_HEADER);

        RosterPreview preview = as("faculty", "FACULTY", () -> imports.preview(cohortId, "inscrits.xlsx", bad));
        assertThat(preview.importable()).isFalse();
        Map<Integer, List<Kind>> errors = preview.rows().stream().filter(r -> r.status() == Status.ERROR)
                .collect(Collectors.toMap(RosterRow::rowNumber, r -> r.problems().stream().map(RosterProblem::kind).toList()));
        assertThat(errors).containsOnly(Map.entry(12, List.of(Kind.BAD_EMAIL)), Map.entry(42, List.of(Kind.MISSING_FIELD)),
                Map.entry(92, List.of(Kind.UNKNOWN_GROUP)), Map.entry(22, List.of(Kind.DUPLICATE_NUMBER)),
                Map.entry(152, List.of(Kind.DUPLICATE_NUMBER)));
        assertThat(preview.problemsFirst()).first().extracting(RosterRow::rowNumber).isEqualTo(12);

        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> imports.commit(cohortId, preview)))
                .isInstanceOf(RosterRejectedException.class);
        assertThat(jdbc.queryForObject("select count(*) from roster_entry where cohort_id = ?", Integer.class, cohortId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like '232%'", Integer.class))
                .as("no account created").isZero();

        RosterImported fixed = importFile(cohortId, "inscrits-corrige.xlsx",
                RosterFixture.xlsx(RosterFixture.students(200, 23_200_001L), RosterFixture.FRENCH_HEADER));
        assertThat(fixed.after()).isEqualTo(200);
    }

    @Test
    void aRosterThatChangedSinceThePreviewIsCheckedAgainAndNothingIsHalfImported() {
        long cohortId = newCohort("DFASM1 race");
        List<String[]> students = RosterFixture.students(50, 23_300_001L);
        RosterPreview preview = as("faculty", "FACULTY",
                () -> imports.preview(cohortId, "a.csv", RosterFixture.csv(students, ',', false, RosterFixture.ENGLISH_HEADER)));
        assertThat(preview.importable()).isTrue();

        // meanwhile someone imports another student with the e-mail of the 50th row
        String[] other = {"23399999", "AUTRE", "Élève", students.get(49)[3], "A"};
        importFile(cohortId, "b.csv", RosterFixture.csv(List.<String[]>of(other), ',', false, RosterFixture.ENGLISH_HEADER));

        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> imports.commit(cohortId, preview)))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.preview().rows().get(49).problems())
                        .extracting(RosterProblem::kind).containsExactly(Kind.EMAIL_TAKEN));
        assertThat(as("faculty", "FACULTY", () -> cohorts.roster(cohortId))).extracting(RosterStudent::studentNumber)
                .containsExactly("23399999");
    }

    @Test
    void anAccountOfAnotherRoleIsNeverTurnedIntoAStudent() {
        long cohortId = newCohort("DFASM1 accounts");
        String[] faculty = {"Faculty", "LEFÈVRE", "Antoine", "antoine.lefevre@univ-exemple.fr", "A"};
        RosterPreview preview = as("faculty", "FACULTY", () -> imports.preview(cohortId, "r.csv",
                RosterFixture.csv(List.<String[]>of(faculty), ';', false, RosterFixture.FRENCH_HEADER)));

        assertThat(preview.rows().get(0).problems()).containsExactly(
                new RosterProblem(Kind.ACCOUNT_NOT_STUDENT, RosterField.STUDENT_NUMBER, "Faculty", "FACULTY"));
        assertThatThrownBy(() -> as("faculty", "FACULTY",
                () -> accounts.ensureStudentAccounts(List.of(new NewStudent("examiner", "Claire DUBOIS", null))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as("faculty", "FACULTY",
                () -> accounts.ensureStudentAccounts(List.of(new NewStudent("system", "System", null))))).isInstanceOf(IllegalArgumentException.class);
        assertThat(as("admin", "ADMIN", () -> accounts.roles(List.of("examiner")))).containsEntry("examiner", Set.of(Role.EXAMINER));
    }

    @Test
    void aBrokenFileIsAFileProblemNotAnException() {
        long cohortId = newCohort("DFASM1 broken");
        RosterPreview preview = as("faculty", "FACULTY",
                () -> imports.preview(cohortId, "inscrits.xlsx", "not a workbook".getBytes()));

        assertThat(preview.fileProblem().kind()).isEqualTo(RosterFileProblem.Kind.UNREADABLE);
        assertThat(preview.importable()).isFalse();
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> imports.commit(cohortId, preview)))
                .isInstanceOf(RosterRejectedException.class);
    }

    @Test
    void studentsAndExaminersCannotManageCohortsAndStudentsOnlyAskAboutThemselves() {
        long cohortId = newCohort("DFASM1 access");
        importFile(cohortId, "r.csv", RosterFixture.csv(RosterFixture.students(3, 23_400_001L), ',', false,
                RosterFixture.ENGLISH_HEADER));
        byte[] file = RosterFixture.csv(RosterFixture.students(1, 23_400_009L), ',', false, RosterFixture.ENGLISH_HEADER);

        for (String role : List.of("STUDENT", "EXAMINER")) {
            assertThatThrownBy(() -> as("23400001", role, () -> cohorts.cohorts())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("23400001", role, () -> cohorts.cohort(cohortId))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("23400001", role, () -> cohorts.roster(cohortId))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("23400001", role, () -> cohorts.create("X", 2026, List.of("A"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("23400001", role, () -> imports.preview(cohortId, "r.csv", file)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("23400001", role, () -> accounts.ensureStudentAccounts(List.of(new NewStudent("x1", "X", null)))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        RosterPreview preview = as("faculty", "FACULTY", () -> imports.preview(cohortId, "r.csv", file));
        assertThatThrownBy(() -> as("23400001", "STUDENT", () -> imports.commit(cohortId, preview)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as("23400001", "STUDENT", () -> cohorts.isMember(cohortId, "23400001"))).isTrue();
        assertThat(as("23400001", "STUDENT", () -> cohorts.myCohorts())).containsExactly(cohortId);
        assertThat(as("student2", "STUDENT", () -> cohorts.isMember(cohortId, "student2"))).isFalse();
        assertThatThrownBy(() -> as("23400001", "STUDENT", () -> cohorts.isMember(cohortId, "23400002")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("examiner", "EXAMINER", () -> cohorts.isMember(cohortId, "23400002"))).isTrue();
        assertThat(SystemIdentity.call(() -> cohorts.isMember(cohortId, "23400003"))).isTrue();
        assertThat(SystemIdentity.call(() -> cohorts.cohort(cohortId)).students()).isEqualTo(3);
    }

    @Test
    void aCohortNeedsANameFreeInItsYearAndGroups() {
        CohortSummary created = as("admin", "ADMIN", () -> cohorts.create("  DFASM2   2026 ", 2026, List.of(" A", "b", "B", "", "C ")));
        assertThat(created.name()).isEqualTo("DFASM2 2026");
        assertThat(created.groups()).containsExactly("A", "b", "C");
        assertThat(created.academicYearLabel()).isEqualTo("2026–2027");
        assertThat(as("faculty", "FACULTY", () -> cohorts.cohorts())).contains(created);

        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> cohorts.create("dfasm2 2026", 2026, List.of("A"))))
                .isInstanceOfSatisfying(InvalidCohortException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCohortException.Reason.NAME_TAKEN));
        assertThat(as("faculty", "FACULTY", () -> cohorts.create("DFASM2 2026", 2027, List.of("A"))).academicYear()).isEqualTo(2027);
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> cohorts.create("X", 2026, List.of(" "))))
                .isInstanceOfSatisfying(InvalidCohortException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCohortException.Reason.GROUPS_REQUIRED));
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> cohorts.create(" ", 2026, List.of("A"))))
                .isInstanceOfSatisfying(InvalidCohortException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCohortException.Reason.NAME_REQUIRED));
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> cohorts.create("X", 1999, List.of("A"))))
                .isInstanceOfSatisfying(InvalidCohortException.class,
                        e -> assertThat(e.reason()).isEqualTo(InvalidCohortException.Reason.YEAR_OUT_OF_RANGE));
        assertThat(as("admin", "ADMIN", () -> audit.search(new AuditFilter("admin", AuditAction.COHORT_CREATED, null, null), 0, 50)))
                .anyMatch(r -> r.subjectId().equals(String.valueOf(created.id())) && r.after().startsWith("DFASM2 2026 2026–2027"));
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> cohorts.cohort(999_999))).isInstanceOf(UnknownCohortException.class);
    }
}
