package org.oscetrainer.patient;

import java.util.List;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.Scenario.Fact;

/** A small scenario built in code for engine tests. */
public final class TestScenarios {

    private TestScenarios() {
    }

    public static Scenario chestPain() {
        return new Scenario("test-chest-pain", 9_001L, "Chest pain", "en", 8,
                "Emergency department. Take a focused history.",
                new Scenario.Persona("John Carter", 58, "male", "bus driver", "worried",
                        "Doctor, I have this pain in my chest.", "I'm not sure, doctor, I haven't noticed."),
                List.of(
                        new Fact("onset", "It started an hour ago while I was carrying the shopping upstairs.",
                                List.of("when did the pain start", "how long have you had the pain", "onset")),
                        new Fact("radiation", "It goes down my left arm and up into my jaw.",
                                List.of("does the pain spread anywhere", "does it radiate", "does it go to your arm")),
                        new Fact("smoking", "I smoke about twenty a day, for thirty years.",
                                List.of("do you smoke", "cigarettes", "tobacco")),
                        new Fact("medications", "I take ramipril for blood pressure.",
                                List.of("what medications do you take", "any medicines", "tablets"))),
                List.of(new Fact("ecg", "ECG: ST elevation in II, III and aVF.",
                        List.of("ecg", "electrocardiogram", "can I see the ECG"))),
                "Nothing abnormal on this examination.");
    }
}
