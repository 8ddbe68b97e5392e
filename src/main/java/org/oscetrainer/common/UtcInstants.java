package org.oscetrainer.common;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.TimeZone;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsJdbcTimestampJdbcType;

/**
 * Every {@link Instant} column is written and read as a UTC timestamp, as Hibernate does on MariaDB, but with a
 * calendar of the calling thread's own. Hibernate hands the driver one static UTC {@link Calendar} for every
 * timestamp of every thread, and MariaDB's driver locks the calendar it is given while it converts: under load
 * every insert or read of a timestamp (each transcript turn, each encounter) queued behind the others for that
 * one lock (docs/performance.md, "The MariaDB driver's shared calendar"). The values stored are the same.
 */
public final class UtcInstants extends TimestampUtcAsJdbcTimestampJdbcType implements TypeContributor {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final ThreadLocal<Calendar> CALENDAR = ThreadLocal.withInitial(() -> Calendar.getInstance(UTC));

    /** Registered through {@code META-INF/services}: replaces Hibernate's UTC timestamp type. */
    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.contributeJdbcType(this);
    }

    /**
     * The value to bind for an instant in plain JDBC ({@code JdbcTemplate}): its UTC date and time, as Hibernate
     * stores instants. A {@link Timestamp} bound without a calendar is written in the JVM's own zone: on a server
     * set to Europe/Paris, comparisons with the turns Hibernate wrote were off by one or two hours.
     */
    public static LocalDateTime column(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A UTC calendar only this thread uses (the driver sets its fields while converting). */
    static Calendar utc() {
        Calendar calendar = CALENDAR.get();
        calendar.clear();
        return calendar;
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options)
                    throws SQLException {
                st.setTimestamp(index, Timestamp.from(javaType.unwrap(value, Instant.class, options)), utc());
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options)
                    throws SQLException {
                st.setTimestamp(name, Timestamp.from(javaType.unwrap(value, Instant.class, options)), utc());
            }
        };
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new BasicExtractor<>(javaType, this) {
            @Override
            protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                return wrap(rs.getTimestamp(index, utc()), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
                    throws SQLException {
                return wrap(statement.getTimestamp(index, utc()), options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                    throws SQLException {
                return wrap(statement.getTimestamp(name, utc()), options);
            }

            private X wrap(Timestamp timestamp, WrapperOptions options) {
                return getJavaType().wrap(timestamp == null ? null : timestamp.toInstant(), options);
            }
        };
    }
}
