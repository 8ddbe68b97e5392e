package org.oscetrainer.demo;

/** What a simulation wrote: encounters played, scored, and signed off by the demo examiner. */
public record SimulationReport(int encounters, int scored, int signedOff, int overridden) {
}
