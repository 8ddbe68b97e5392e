package org.oscetrainer.encounter;

/**
 * What the browser needs to give the patient a fitting voice.
 *
 * @param language {@code en} or {@code fr}
 * @param age the patient's age in years
 * @param sex {@code male}, {@code female} or {@code other}
 */
public record PatientVoice(String language, int age, String sex) {
}
