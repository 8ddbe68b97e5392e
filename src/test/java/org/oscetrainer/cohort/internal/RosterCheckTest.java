package org.oscetrainer.cohort.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oscetrainer.cohort.RosterField;
import org.oscetrainer.cohort.RosterProblem;
import org.oscetrainer.cohort.RosterProblem.Kind;
import org.oscetrainer.cohort.RosterRow;
import org.oscetrainer.cohort.RosterRow.Status;
import org.oscetrainer.cohort.RosterStudent;

/** Every problem a roster row can have, and what importing a valid row does. */
class RosterCheckTest {

    private static final List<String> GROUPS = List.of("A", "B", "C");

    private static RosterLine line(int row, String number, String last, String first, String email, String group) {
        return new RosterLine(row, number, last, first, email, group);
    }

    private static RosterStudent onRoster(String number, String last, String first, String email, String group) {
        return new RosterStudent(number, number.toLowerCase(), last, first, email, group);
    }

    private static RosterCheck.Result check(List<RosterStudent> roster, Map<String, String> otherAccounts, RosterLine... lines) {
        return new RosterCheck(GROUPS, roster, otherAccounts).check(List.of(lines));
    }

    private static List<Kind> kinds(RosterRow row) {
        return row.problems().stream().map(RosterProblem::kind).toList();
    }

    @Test
    void newStudentsAreTidiedAndTheirGroupSpelledAsTheCohortDoes() {
        RosterRow row = check(List.of(), Map.of(), line(2, "S22100001", "Martin", "Léa", "Lea.Martin@Univ.fr", "b")).rows().get(0);

        assertThat(row.status()).isEqualTo(Status.NEW);
        assertThat(row.problems()).isEmpty();
        assertThat(row.student()).isEqualTo(new RosterStudent("S22100001", "s22100001", "Martin", "Léa", "lea.martin@univ.fr", "B"));
        assertThat(row.student().displayName()).isEqualTo("Léa MARTIN");
    }

    @Test
    void everyMissingFieldIsReported() {
        RosterRow row = check(List.of(), Map.of(), line(5, "22100001", "Martin", "", "lea@univ.fr", "")).rows().get(0);

        assertThat(row.status()).isEqualTo(Status.ERROR);
        assertThat(row.problems()).containsExactly(new RosterProblem(Kind.MISSING_FIELD, RosterField.FIRST_NAME, null, null),
                new RosterProblem(Kind.MISSING_FIELD, RosterField.GROUP, null, null));
    }

    @Test
    void badEmailsAndStudentNumbers() {
        var rows = check(List.of(), Map.of(),
                line(2, "22100001", "A", "B", "lea.martin at univ.fr", "A"),
                line(3, "22100002", "A", "B", "lea@univ", "A"),
                line(4, "22100003", "A", "B", "lea@@univ.fr", "A"),
                line(5, "22 100 004", "A", "B", "x@univ.fr", "A"),
                line(6, "22100005", "A", "B", "hélène@univ.fr", "A")).rows();

        assertThat(rows.subList(0, 3)).allSatisfy(r -> assertThat(kinds(r)).containsExactly(Kind.BAD_EMAIL));
        assertThat(rows.get(0).problems().get(0).value()).isEqualTo("lea.martin at univ.fr");
        assertThat(kinds(rows.get(3))).containsExactly(Kind.BAD_STUDENT_NUMBER);
        assertThat(kinds(rows.get(4))).containsExactly(Kind.BAD_EMAIL);
    }

    @Test
    void tooLongValues() {
        RosterRow row = check(List.of(), Map.of(), line(2, "1", "N".repeat(101), "B", "x@univ.fr", "C".repeat(21))).rows().get(0);

        assertThat(row.problems()).as("a group too long is not also unknown").containsExactly(
                new RosterProblem(Kind.TOO_LONG, RosterField.LAST_NAME, "N".repeat(101), "100"),
                new RosterProblem(Kind.TOO_LONG, RosterField.GROUP, "C".repeat(21), "20"));
    }

    @Test
    void duplicatesWithinTheFileAreReportedOnEveryRowWithTheOthers() {
        var rows = check(List.of(), Map.of(),
                line(2, "S1", "A", "A", "a@univ.fr", "A"),
                line(3, "s1", "B", "B", "b@univ.fr", "A"),
                line(4, "S1", "C", "C", "c@univ.fr", "A"),
                line(5, "S4", "D", "D", "B@UNIV.FR", "A")).rows();

        assertThat(rows.get(0).problems()).containsExactly(new RosterProblem(Kind.DUPLICATE_NUMBER, RosterField.STUDENT_NUMBER, "S1", "3, 4"));
        assertThat(rows.get(1).problems()).containsExactly(
                new RosterProblem(Kind.DUPLICATE_NUMBER, RosterField.STUDENT_NUMBER, "s1", "2, 4"),
                new RosterProblem(Kind.DUPLICATE_EMAIL, RosterField.EMAIL, "b@univ.fr", "5"));
        assertThat(rows.get(3).problems()).containsExactly(new RosterProblem(Kind.DUPLICATE_EMAIL, RosterField.EMAIL, "B@UNIV.FR", "3"));
        assertThat(rows).allMatch(r -> r.status() == Status.ERROR);
    }

    @Test
    void unknownGroupsNameTheCohortsGroups() {
        RosterRow row = check(List.of(), Map.of(), line(9, "S1", "A", "A", "a@univ.fr", "E")).rows().get(0);

        assertThat(row.problems()).containsExactly(new RosterProblem(Kind.UNKNOWN_GROUP, RosterField.GROUP, "E", "A, B, C"));
    }

    @Test
    void anEmailOfAnotherStudentOnTheRosterWhoIsNotInTheFileIsTaken() {
        List<RosterStudent> roster = List.of(onRoster("S1", "Martin", "Léa", "lea@univ.fr", "A"));
        RosterRow row = check(roster, Map.of(), line(2, "S2", "Petit", "Tom", "LEA@univ.fr", "A")).rows().get(0);

        assertThat(row.problems()).containsExactly(new RosterProblem(Kind.EMAIL_TAKEN, RosterField.EMAIL, "LEA@univ.fr", "S1"));
    }

    @Test
    void twoStudentsMaySwapTheirEmailsInOneFile() {
        List<RosterStudent> roster = List.of(onRoster("S1", "Martin", "Léa", "lea@univ.fr", "A"),
                onRoster("S2", "Petit", "Tom", "tom@univ.fr", "A"));
        var rows = check(roster, Map.of(), line(2, "S1", "Martin", "Léa", "tom@univ.fr", "A"),
                line(3, "S2", "Petit", "Tom", "lea@univ.fr", "A")).rows();

        assertThat(rows).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.UPDATE);
            assertThat(r.changes()).containsExactly(RosterField.EMAIL);
        });
    }

    @Test
    void aUserNameOfAnotherRolesAccountIsRefused() {
        RosterRow row = check(List.of(), Map.of("faculty", "FACULTY"), line(2, "Faculty", "A", "B", "a@univ.fr", "A")).rows().get(0);

        assertThat(row.problems()).containsExactly(new RosterProblem(Kind.ACCOUNT_NOT_STUDENT, RosterField.STUDENT_NUMBER, "Faculty", "FACULTY"));
    }

    @Test
    void studentsOnTheRosterAreUpdatedOrUnchangedAndThoseNotInTheFileListed() {
        List<RosterStudent> roster = List.of(onRoster("S1", "Martin", "Léa", "lea@univ.fr", "A"),
                onRoster("S2", "Petit", "Tom", "tom@univ.fr", "A"),
                onRoster("S3", "Roux", "Zoé", "zoe@univ.fr", "B"),
                onRoster("S0", "Blanc", "Paul", "paul@univ.fr", "B"));
        var result = check(roster, Map.of(),
                line(2, "S1", "Martin", "Léa", "lea@univ.fr", "A"),
                line(3, "s2", "Petit", "Tom", "tom@univ.fr", "C"),
                line(4, "S4", "Noël", "Inès", "ines@univ.fr", "C"));

        assertThat(result.rows()).extracting(RosterRow::status).containsExactly(Status.UNCHANGED, Status.UPDATE, Status.NEW);
        assertThat(result.rows().get(1).changes()).containsExactly(RosterField.STUDENT_NUMBER, RosterField.GROUP);
        assertThat(result.rows().get(1).previous().group()).isEqualTo("A");
        assertThat(result.notInFile()).extracting(RosterStudent::studentNumber).containsExactly("S0", "S3");
    }
}
