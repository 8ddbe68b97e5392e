package org.oscetrainer.patient.internal;

/** Runs {@link StreamedSetVerdictDump} without JUnit (scripts: main's classes and a branch's, one after the other). */
public final class StreamedSetVerdictMain {

    private StreamedSetVerdictMain() {
    }

    public static void main(String[] args) throws Exception {
        new StreamedSetVerdictDump().writeEveryStreamedVerdict();
    }
}
