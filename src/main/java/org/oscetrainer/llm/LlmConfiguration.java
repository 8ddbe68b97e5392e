package org.oscetrainer.llm;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The LLM client factory as a bean, for the patient, the grader and the guard's judge. */
@Configuration(proxyBeanMethods = false)
class LlmConfiguration {

    @Bean
    LlmClients llmClients(LlmProperties properties) {
        return new LlmClients(properties);
    }
}
