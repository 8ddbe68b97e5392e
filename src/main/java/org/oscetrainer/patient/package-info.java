/** The standardized patient: one interface, a scripted engine and an LLM engine behind it. */
package org.oscetrainer.patient;
