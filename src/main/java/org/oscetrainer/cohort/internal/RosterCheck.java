package org.oscetrainer.cohort.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.oscetrainer.cohort.RosterField;
import org.oscetrainer.cohort.RosterProblem;
import org.oscetrainer.cohort.RosterProblem.Kind;
import org.oscetrainer.cohort.RosterRow;
import org.oscetrainer.cohort.RosterRow.Status;
import org.oscetrainer.cohort.RosterStudent;

/**
 * Checks a roster file's rows against a cohort, without writing anything: every problem of every
 * row, and what importing each valid row would do (new student, update, unchanged).
 *
 * @param groups the cohort's groups
 * @param roster the cohort's students now
 * @param otherAccounts accounts that are not students', by user name, with their role
 */
public record RosterCheck(List<String> groups, List<RosterStudent> roster, Map<String, String> otherAccounts) {

    /** What a user name may be made of: letters, digits, dots, hyphens, underscores. */
    private static final Pattern STUDENT_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** A pragmatic address: local part, @, a domain with at least one dot; no spaces. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    /** The checked rows (in file order) and the roster's students the file does not list. */
    public record Result(List<RosterRow> rows, List<RosterStudent> notInFile) {
    }

    /** The student's account: the student number as every user name is written ({@link org.oscetrainer.security.Usernames}). */
    public static String username(String studentNumber) {
        return org.oscetrainer.security.Usernames.normalise(studentNumber);
    }

    public Result check(List<RosterLine> lines) {
        Map<String, RosterStudent> byUsername = new HashMap<>();
        Map<String, RosterStudent> byEmail = new HashMap<>();
        for (RosterStudent s : roster) {
            byUsername.put(s.username(), s);
            byEmail.put(s.email(), s);
        }
        Map<String, List<Integer>> rowsByNumber = rowsBy(lines, l -> username(l.studentNumber()));
        Map<String, List<Integer>> rowsByEmail = rowsBy(lines, l -> l.email().toLowerCase(Locale.ROOT));

        List<RosterRow> rows = new ArrayList<>();
        for (RosterLine line : lines) {
            List<RosterProblem> problems = new ArrayList<>();
            Set<RosterField> unusable = EnumSet.noneOf(RosterField.class);
            for (RosterField field : RosterField.values()) {
                String value = line.value(field);
                if (value.isEmpty()) {
                    problems.add(new RosterProblem(Kind.MISSING_FIELD, field, null, null));
                    unusable.add(field);
                } else if (value.length() > field.maxLength()) {
                    problems.add(new RosterProblem(Kind.TOO_LONG, field, value, String.valueOf(field.maxLength())));
                    unusable.add(field);
                }
            }
            String number = line.studentNumber();
            String username = username(number);
            String email = line.email().toLowerCase(Locale.ROOT);
            Optional<String> group = canonicalGroup(line.group());
            if (!unusable.contains(RosterField.STUDENT_NUMBER) && !STUDENT_NUMBER.matcher(number).matches()) {
                problems.add(new RosterProblem(Kind.BAD_STUDENT_NUMBER, RosterField.STUDENT_NUMBER, number, null));
            }
            if (!unusable.contains(RosterField.EMAIL) && !EMAIL.matcher(email).matches()) {
                problems.add(new RosterProblem(Kind.BAD_EMAIL, RosterField.EMAIL, line.email(), null));
            }
            if (!unusable.contains(RosterField.GROUP) && group.isEmpty()) {
                problems.add(new RosterProblem(Kind.UNKNOWN_GROUP, RosterField.GROUP, line.group(), String.join(", ", groups)));
            }
            others(rowsByNumber, username, line.rowNumber()).ifPresent(o ->
                    problems.add(new RosterProblem(Kind.DUPLICATE_NUMBER, RosterField.STUDENT_NUMBER, number, o)));
            others(rowsByEmail, email, line.rowNumber()).ifPresent(o ->
                    problems.add(new RosterProblem(Kind.DUPLICATE_EMAIL, RosterField.EMAIL, line.email(), o)));
            RosterStudent holder = byEmail.get(email);
            if (!email.isEmpty() && holder != null && !holder.username().equals(username)
                    && !rowsByNumber.containsKey(holder.username())) {
                problems.add(new RosterProblem(Kind.EMAIL_TAKEN, RosterField.EMAIL, line.email(), holder.studentNumber()));
            }
            String role = otherAccounts.get(username);
            if (!username.isEmpty() && role != null) {
                problems.add(new RosterProblem(Kind.ACCOUNT_NOT_STUDENT, RosterField.STUDENT_NUMBER, number, role));
            }

            RosterStudent student = new RosterStudent(number, username, line.lastName(), line.firstName(), email,
                    group.orElse(line.group()));
            RosterStudent previous = username.isEmpty() ? null : byUsername.get(username);
            Status status = !problems.isEmpty() ? Status.ERROR
                    : previous == null ? Status.NEW
                    : previous.equals(student) ? Status.UNCHANGED : Status.UPDATE;
            rows.add(new RosterRow(line.rowNumber(), student, status, previous, problems));
        }
        List<RosterStudent> notInFile = roster.stream().filter(s -> !rowsByNumber.containsKey(s.username()))
                .sorted(java.util.Comparator.comparing(RosterStudent::lastName).thenComparing(RosterStudent::firstName))
                .toList();
        return new Result(rows, notInFile);
    }

    private Optional<String> canonicalGroup(String value) {
        return groups.stream().filter(g -> g.equalsIgnoreCase(value)).findFirst();
    }

    private static Map<String, List<Integer>> rowsBy(List<RosterLine> lines,
            java.util.function.Function<RosterLine, String> key) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (RosterLine line : lines) {
            String k = key.apply(line);
            if (!k.isEmpty()) {
                rows.computeIfAbsent(k, x -> new ArrayList<>()).add(line.rowNumber());
            }
        }
        return rows;
    }

    /** The other rows with the same key, e.g. "12, 40", if any. */
    private static Optional<String> others(Map<String, List<Integer>> rowsByKey, String key, int row) {
        List<Integer> rows = key.isEmpty() ? List.of() : rowsByKey.getOrDefault(key, List.of());
        Set<Integer> others = new HashSet<>(rows);
        others.remove(row);
        if (others.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(r -> r != row).map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
