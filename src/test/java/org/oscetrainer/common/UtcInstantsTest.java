package org.oscetrainer.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.StandardBasicTypes;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instants are stored as UTC timestamps through a calendar of each thread's own (no lock shared by every
 * statement), whatever the JVM's own zone: the same values as Hibernate's own type wrote before.
 */
@IntegrationTest
class UtcInstantsTest {

    /** Half past one on the night Paris moves its clocks forward: the hour does not exist there. */
    private static final Instant NIGHT_OF_THE_CHANGE = Instant.parse("2026-03-29T02:30:00.250Z");

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void hibernateUsesTheTypeWithoutASharedCalendar() {
        assertThat(entityManagers.unwrap(SessionFactoryImplementor.class).getTypeConfiguration()
                .getJdbcTypeRegistry().getDescriptor(SqlTypes.TIMESTAMP_UTC)).isInstanceOf(UtcInstants.class);
    }

    @Test
    void anInstantIsWrittenAndReadAsUtcWhateverTheJvmZone() {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
        try (EntityManager em = entityManagers.createEntityManager()) {
            Session session = em.unwrap(Session.class);
            Object written = session.createNativeQuery("select date_format(?1, '%Y-%m-%d %H:%i:%s.%f')", Object.class)
                    .setParameter(1, NIGHT_OF_THE_CHANGE).getSingleResult();
            assertThat(written).hasToString("2026-03-29 02:30:00.250000");
            Instant read = session.createNativeQuery("select timestamp '2026-03-29 02:30:00.25' as t", Object.class)
                    .addScalar("t", StandardBasicTypes.INSTANT).uniqueResultOptional().map(Instant.class::cast)
                    .orElseThrow();
            assertThat(read).isEqualTo(NIGHT_OF_THE_CHANGE);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void threadsConvertingAtOnceEachGetTheirOwnValues() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> wrong = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Instant base = NIGHT_OF_THE_CHANGE.plusSeconds(86_400L * 37 * t);
                wrong.add(threads.submit(() -> roundTrips(base)));
            }
            for (Future<List<String>> f : wrong) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> roundTrips(Instant base) {
        List<String> wrong = new ArrayList<>();
        try (EntityManager em = entityManagers.createEntityManager()) {
            Session session = em.unwrap(Session.class);
            for (int i = 0; i < 200; i++) {
                Instant sent = base.plusSeconds(3_607L * i);
                Object back = session.createNativeQuery("select ?1 + interval 0 second as t", Object.class)
                        .setParameter(1, sent).addScalar("t", StandardBasicTypes.INSTANT).getSingleResult();
                if (!sent.equals(back)) {
                    wrong.add(sent + " came back as " + back);
                }
            }
        }
        return wrong;
    }
}
