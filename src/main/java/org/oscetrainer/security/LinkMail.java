package org.oscetrainer.security;

import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends set-password links by e-mail when an SMTP server is configured ({@code spring.mail.host});
 * without one, links are only shown and downloaded. The text is in French and English.
 */
@Component
class LinkMail {

    private static final Logger log = LoggerFactory.getLogger(LinkMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final AccountProperties properties;

    LinkMail(ObjectProvider<JavaMailSender> mail, AccountProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** Sends the link; the address it went to, or empty if there is no mail server, no address, or sending failed. */
    Optional<String> send(String email, String displayName, String url, java.time.Instant expiresAt) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null) {
            return Optional.empty();
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email);
        message.setSubject("OSCE Trainer : choisissez votre mot de passe / choose your password");
        message.setText("""
                Bonjour %1$s,

                Pour choisir le mot de passe de votre compte OSCE Trainer, ouvrez ce lien (valable jusqu'au %3$s UTC, une seule fois) :
                %2$s

                Hello %1$s,

                To choose the password of your OSCE Trainer account, open this link (valid until %3$s UTC, once):
                %2$s
                """.formatted(displayName, url, expiresAt.toString().replace('T', ' ').replaceAll("\\.\\d+Z$|Z$", "")));
        try {
            sender.send(message);
            return Optional.of(email);
        } catch (MailException e) {
            log.warn("Could not e-mail a set-password link to {}: {}", email, e.getMessage());
            return Optional.empty();
        }
    }
}
