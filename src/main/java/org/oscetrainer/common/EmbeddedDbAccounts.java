package org.oscetrainer.common;

import java.util.regex.Pattern;

/**
 * The SQL that locks the embedded database down, run once on a server started without networking and
 * without grant tables: every account that came with the installation (root, anonymous users, the
 * installing system user) is removed, and the two accounts of {@link EmbeddedDbCredentials} are
 * created for 127.0.0.1 and the local socket only.
 */
final class EmbeddedDbAccounts {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private EmbeddedDbAccounts() {
    }

    static String lockDownSql(String database, EmbeddedDbCredentials c) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("osce.embedded-db.database must be letters, digits or _: " + database);
        }
        String keep = "User = 'mariadb.sys' OR User IN (SELECT User FROM mysql.global_priv"
                + " WHERE JSON_VALUE(Priv, '$.is_role') = 'true')";
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE DATABASE IF NOT EXISTS `").append(database)
                .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        // grant tables are edited directly: the server runs with --skip-grant-tables until FLUSH PRIVILEGES
        for (String table : new String[] {"db", "tables_priv", "columns_priv", "procs_priv", "proxies_priv"}) {
            sql.append("DELETE FROM mysql.").append(table).append(" WHERE NOT (").append(keep).append(");\n");
        }
        sql.append("DELETE FROM mysql.global_priv WHERE NOT (").append(keep).append(");\n");
        sql.append("FLUSH PRIVILEGES;\n");
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            account(sql, c.ownerUser(), host, c.ownerPassword(), "ALL PRIVILEGES", database);
            account(sql, c.appUser(), host, c.appPassword(), "SELECT, INSERT, UPDATE, DELETE", database);
        }
        sql.append("FLUSH PRIVILEGES;\n");
        return sql.toString();
    }

    private static void account(StringBuilder sql, String user, String host, String password, String privileges,
            String database) {
        String who = "'" + user + "'@'" + host + "'";
        sql.append("CREATE USER ").append(who).append(" IDENTIFIED BY '").append(password).append("';\n");
        sql.append("GRANT ").append(privileges).append(" ON `").append(database).append("`.* TO ").append(who)
                .append(";\n");
    }
}
