package org.flurm.dbd.server;

import java.sql.SQLException;
import java.util.List;

import org.flurm.dbd.storage.AccountingSession;
import org.flurm.protocol.dbd.CoordRec;
import org.flurm.protocol.dbd.UserRec;

/**
 * Who is on the other end of a connection, as the permission checks of wire doc §8 need it:
 * the uid MUNGE vouched for at the init, its name, and whether it is root or SlurmUser.
 */
public record Caller(int uid, String name, boolean slurmUser) {

    /** The caller's AdminLevel: root and SlurmUser are administrators, unknown users None. */
    public int adminLevel(AccountingSession session) throws SQLException {
        if (slurmUser) {
            return UserRec.ADMIN_SUPER_USER;
        }
        final var row = session.user(name);
        return row == null ? UserRec.ADMIN_NONE : row.adminLevel();
    }

    public boolean isOperator(AccountingSession session) throws SQLException {
        return adminLevel(session) >= UserRec.ADMIN_OPERATOR;
    }

    public boolean isAdministrator(AccountingSession session) throws SQLException {
        return adminLevel(session) >= UserRec.ADMIN_SUPER_USER;
    }

    /** Whether the caller coordinates every one of {@code accounts} (directly or inherited). */
    public boolean coordinates(AccountingSession session, List<String> accounts)
            throws SQLException {
        if (accounts.isEmpty()) {
            return false;
        }
        final List<String> mine = session.coordinatedBy(name).stream().map(CoordRec::name)
                .toList();
        return mine.containsAll(accounts);
    }
}
