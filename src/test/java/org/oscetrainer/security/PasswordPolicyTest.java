package org.oscetrainer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** ASVS 5.0 password rules: length 12 to 128, no composition rules, not among the 10,000 most common, not the user name. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private void refused(String password, String key) {
        assertThatThrownBy(() -> policy.check("lina.roux", password)).isInstanceOf(PasswordRejectedException.class)
                .satisfies(e -> assertThat(((PasswordRejectedException) e).key()).isEqualTo(key));
    }

    @Test
    void theListHoldsTenThousandPasswords() {
        assertThat(policy.commonPasswords()).isEqualTo(10_000);
    }

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        refused("abcdefghijk", "password.rule.too-short");
        assertThatCode(() -> policy.check("lina.roux", "tram at dawn")).doesNotThrowAnyException();
    }

    @Test
    void noCompositionRulesSpacesAndAnyLetterAllowed() {
        assertThatCode(() -> policy.check("lina.roux", "le chat dort sur le radiateur")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("lina.roux", "éèàçùœ€ßøåæñ")).doesNotThrowAnyException();
    }

    @Test
    void sixtyFourCharactersAllowedAndUpTo128() {
        assertThatCode(() -> policy.check("lina.roux", "é".repeat(64))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("lina.roux", "a".repeat(128))).doesNotThrowAnyException();
        refused("a".repeat(129), "password.rule.too-long");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        refused("unbelievable", "password.rule.common");
        refused("Masturbation", "password.rule.common");
        refused("SCANDINAVIAN", "password.rule.common");
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        refused("my name is LINA.ROUX ok", "password.rule.username");
    }

    @Test
    void fullWidthCharactersCountAsTheirPlainForm() {
        refused("ｕｎｂｅｌｉｅｖａｂｌｅ", "password.rule.common");
    }
}
