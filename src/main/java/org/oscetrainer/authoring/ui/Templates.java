package org.oscetrainer.authoring.ui;

/** The starting point of a new station: a small valid pair of files to adapt. */
final class Templates {

    static final String SCENARIO = """
            # A new station: change the id, write the door note, the patient, the facts and findings.
            # The format is described in docs/station-format.md.
            format: osce-scenario/3
            id: new-station-en
            title: New station
            language: en
            specialty: General practice
            level: Year 4
            duration-minutes: 8
            door-note: |
              Setting: ...
              Task: Take a focused history (8 minutes).
            authors: [Your name]
            reviewers: []
            licence: CC-BY-4.0
            revision: 1
            patient:
              name: Alex Martin
              age: 40
              sex: other
              opening-line: "Hello, doctor."
              unknown-answer: "I'm not sure, doctor."
              challenge: none
            facts:
              - id: chief-complaint
                text: "I've had a cough for two weeks."
                disclosure: volunteered
                ask: [what brings you, what is the problem]
            findings:
              - id: vitals
                kind: examination
                text: "Temperature 37.0 °C, pulse 72/min, blood pressure 120/80 mmHg."
                ask: [vital signs, temperature, blood pressure]
            neutral-finding: "Nothing abnormal."
            hidden:
              diagnosis: ...
              # other names of the diagnosis: abbreviations, lay words, translations (French and English at least)
              aliases: [...]
              # differentials, each with its aliases: - {name: ..., aliases: [...]}
              differentials: []
            """;

    static final String RUBRIC = """
            format: osce-rubric/2
            station: new-station-en
            items:
              - id: chief-complaint
                label: Asks about the presenting complaint
                category: history
                points: 1
                facts: [chief-complaint]
                evidence: [what brings you, what problem]
            global-rating:
              scale:
                - { value: 1, label: Clear fail }
                - { value: 2, label: Fail }
                - { value: 3, label: Borderline }
                - { value: 4, label: Pass }
                - { value: 5, label: Good pass }
              borderline: 3
            """;

    private Templates() {
    }
}
