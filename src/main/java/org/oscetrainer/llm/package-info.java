/**
 * The hospital's OpenAI-compatible LLM cluster: its settings ({@code osce.llm.*}) and the one factory of
 * LangChain4j clients ({@link org.oscetrainer.llm.LlmClients}) used by the patient, the grader and the guard's
 * judge.
 */
package org.oscetrainer.llm;
