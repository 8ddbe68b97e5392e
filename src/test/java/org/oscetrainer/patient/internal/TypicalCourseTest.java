package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typical course of an illness said in everyday words ({@link TypicalCourse}); sentences written here. */
class TypicalCourseTest {

    private final TypicalCourse course = new TypicalCourse();

    @ParameterizedTest
    @ValueSource(strings = {
        "A cold first, then the cough, then the wheeze a few days later. The nurse said that's the usual pattern.",
        "Sore throat, then a week later my ankles swelled. That's exactly how it starts, my aunt says.",
        "D'abord la fatigue, puis la jaunisse au bout de trois jours : c'est l'évolution typique, non ?",
        "Ça a commencé par le mal de tête, ensuite les vomissements. C'est comme ça que ça commence, d'après ma sœur.",
        "Two days of a runny nose, then the fever. Textbook, the pharmacist said.",
    })
    void aCourseSaidToBeTheKnownPatternIsWithheld(String reply) {
        assertThat(course.check(reply)).as(reply).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("leak:course"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It started round my belly button, then it moved down to the right this morning.",
        "Je prends la pilule, une pilule classique, depuis dix ans.",
        "In a typical day I have toast for breakfast and not much else.",
        "First the cough, then he got hot, and now he won't feed. Is that normal for a cold?",
        "Il tousse depuis trois jours, toujours la nuit.",
    })
    void aCourseAloneOrATypicalThingWithNoCoursePasses(String reply) {
        assertThat(course.check(reply)).as(reply).isEmpty();
    }
}
