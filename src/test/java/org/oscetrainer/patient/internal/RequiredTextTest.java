package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link RequiredText} claims only strings every match holds: read off plain patterns as a reader would, nothing from
 * what it does not understand, and on the guard's own phrase lists no match of a line that holds none of its strings.
 */
class RequiredTextTest {

    @Test
    void readsTheStringsEveryMatchHolds() {
        assertThat(RequiredText.of(Pattern.compile(" stepping out of (?:the )?role"))).containsExactly(" stepping out of ");
        assertThat(RequiredText.of(Pattern.compile("(?:step|steps|stepping|come) out"))).containsExactly(" out");
        assertThat(RequiredText.of(Pattern.compile(" (?:step|steps|stepping|come|pause)(?= )")))
                .containsExactlyInAnyOrder("step", "come", "pause");
        // a character under a quantifier ends the run before it; an optional group is no requirement
        assertThat(RequiredText.of(Pattern.compile("i'?m (?:really )?an? robot"))).containsExactly(" robot");
        assertThat(RequiredText.of(Pattern.compile("(?:x )?(?:case|scenario)s? writer"))).containsExactly(" writer");
        // each alternative must hold one; an alternative with nothing plain makes the whole unknown
        assertThat(RequiredText.of(Pattern.compile("note from|tip(?:s)? from"))).containsExactly(" from");
        assertThat(RequiredText.of(Pattern.compile("note from|\\w+ t"))).isNull();
        assertThat(RequiredText.of(Pattern.compile("note from|tips to"))).containsExactlyInAnyOrder("note from", "tips to");
        assertThat(RequiredText.of(Pattern.compile("note from|\\w+"))).isNull();
    }

    @Test
    void claimsNothingItDoesNotRead() {
        assertThat(RequiredText.of(Pattern.compile("(?i)stepping out"))).isNull();
        assertThat(RequiredText.of(Pattern.compile("stepping out", Pattern.CASE_INSENSITIVE))).isNull();
        assertThat(RequiredText.of(Pattern.compile("\\x41BCDEF"))).isNull();
        assertThat(RequiredText.of(Pattern.compile("(abc)\\1"))).isNull();
        assertThat(RequiredText.of(Pattern.compile("\\Qa.b\\E"))).isNull();
        assertThat(RequiredText.of(Pattern.compile("ab(?=cdef)"))).isNull(); // a lookahead consumes nothing
        assertThat(RequiredText.of(Pattern.compile("[abc]+de?"))).isNull();
        assertThat(RequiredText.of(Pattern.compile("x(?:abcd){0,2}y"))).isNull();
    }

    @Test
    void noLineOfThePhraseListsMatchesATextWithoutItsStrings() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        for (String list : List.of("off-stage.txt", "fiction.txt", "scene-frame.txt", "typical-course.txt",
                "mechanism-picture.txt")) {
            try (InputStream in = getClass().getResourceAsStream("/patient/" + list)) {
                if (in == null) {
                    continue;
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("[")) {
                        patterns.add(Pattern.compile(" " + line.strip() + "(?= )"));
                    }
                }
            }
        }
        int read = 0;
        for (Pattern p : patterns) {
            String[] any = RequiredText.of(p);
            if (any == null) {
                continue;
            }
            read++;
            // every example a line's own words make: each string it claims, with each one taken out
            for (String x : any) {
                String text = " the pain | " + x + " and then " + x + " | ";
                Matcher m = p.matcher(text.replace(x, " "));
                if (m.find()) {
                    assertThat(RequiredText.holdsAny(any, m.group(), 0)).as(p.pattern() + " on " + m.group()).isTrue();
                }
            }
        }
        assertThat(read).as("lines read").isGreaterThan(patterns.size() / 2);
    }
}
