package org.flurm.dbd.storage;

import static org.flurm.protocol.pack.Sentinels.INFINITE;
import static org.flurm.protocol.pack.Sentinels.NO_VAL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flurm.protocol.dbd.AccountRec;
import org.flurm.protocol.dbd.AssocRec;
import org.flurm.protocol.dbd.ClusterRec;
import org.flurm.protocol.dbd.CoordRec;
import org.flurm.protocol.dbd.QosRec;
import org.flurm.protocol.dbd.UserRec;

/**
 * One client's view of the accounting database: its own JDBC connection and transaction, so
 * sacctmgr's changes become visible to others only at DBD_FINI with commit (wire doc §2.6).
 * Reads and writes the hierarchy (clusters, accounts, users, associations, coordinators) and
 * QOS in the protocol's record shapes; jobs live in {@link JobRecords}.
 *
 * <p>Not thread-safe: one connection uses one session.
 */
public final class AccountingSession implements AutoCloseable {

    /** An association row, with its place in the tree computed at read time. */
    record Assoc(int id, String cluster, String account, String user, String partition,
                 String parentAcct, int shares, String grpTres, int grpJobs, int grpSubmitJobs,
                 int grpWall, int maxJobs, int maxSubmitJobs, int maxWall, String maxTresPj,
                 int priority, String qosIds, int defQosId, int isDef) {
    }

    private final Connection db;

    AccountingSession(Connection db) {
        this.db = db;
    }

    public void commit() throws SQLException {
        db.commit();
    }

    public void rollback() throws SQLException {
        db.rollback();
    }

    @Override
    public void close() throws SQLException {
        try {
            db.rollback();
        } finally {
            db.close();
        }
    }

    /** The users, associations and QOS as they stand, to tell slurmctld what changed. */
    public record Snapshot(Map<String, UserRec> users, Map<Integer, AssocRec> assocs,
                           Map<Integer, QosRec> qos) {
    }

    public Snapshot snapshot() throws SQLException {
        final Map<String, UserRec> users = new LinkedHashMap<>();
        users(null, 0, false, false).forEach(u -> users.put(u.name(), u));
        final Map<Integer, AssocRec> assocs = new LinkedHashMap<>();
        assocs(new AssocFilter(null, null, null, null, null, false)).forEach(a ->
                assocs.put(a.id(), a));
        final Map<Integer, QosRec> qos = new LinkedHashMap<>();
        qos(null, null).forEach(q -> qos.put(q.id(), q));
        return new Snapshot(users, assocs, qos);
    }

    /** Where each registered controller listens: cluster name to host and port. */
    public Map<String, java.net.InetSocketAddress> controllers() throws SQLException {
        final Map<String, java.net.InetSocketAddress> out = new LinkedHashMap<>();
        try (PreparedStatement st = prepare("SELECT name, control_host, control_port"
                + " FROM cluster WHERE control_host IS NOT NULL AND control_port > 0");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), java.net.InetSocketAddress.createUnresolved(
                        rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }

    // ---- small JDBC helpers

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement st = prepare(sql, args)) {
            return st.executeUpdate();
        }
    }

    PreparedStatement prepare(String sql, Object... args) throws SQLException {
        final PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
        return st;
    }

    List<String> strings(String sql, Object... args) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * The next free id of a table.
     *
     * <p>LIMIT: two sessions adding rows to the same table at once pick the same id and the
     * later commit fails; a database sequence would avoid it.
     */
    int nextId(String table, String column) throws SQLException {
        try (PreparedStatement st = prepare("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM "
                + table); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static boolean matches(List<String> filter, String value) {
        return filter == null || filter.isEmpty()
                || filter.stream().anyMatch(f -> f.equalsIgnoreCase(value == null ? "" : value));
    }

    /** A request number: NO_VAL keeps {@code current}, anything else (INFINITE too) is set. */
    static int merge(int requested, int current) {
        return requested == NO_VAL ? current : requested;
    }

    static String mergeText(String requested, String current) {
        return requested == null ? current : requested.isEmpty() ? null : requested;
    }

    // ---- clusters

    public List<String> clusterNames() throws SQLException {
        return strings("SELECT name FROM cluster ORDER BY name");
    }

    /** The clusters the condition names (all when it names none), with their root rows. */
    public List<ClusterRec> clusters(List<String> names) throws SQLException {
        final List<ClusterRec> out = new ArrayList<>();
        try (PreparedStatement st = prepare("SELECT name, control_host, control_port,"
                + " rpc_version, flags, nodes, tres, plugin_id_select FROM cluster ORDER BY name");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                final String name = rs.getString(1);
                if (!matches(names, name)) {
                    continue;
                }
                final List<AssocRec> root = assocs(new AssocFilter(List.of(name),
                        List.of("root"), List.of(""), null, null, false));
                out.add(new ClusterRec(null, 0, rs.getString(2), rs.getInt(3), 1, null, null, 0,
                        0, 0, 0, rs.getInt(5), name, rs.getString(6), rs.getInt(8),
                        root.isEmpty() ? emptyRoot(name) : root.getFirst(), rs.getInt(4), 0, 0,
                        rs.getString(7)));
            }
        }
        return out;
    }

    private static AssocRec emptyRoot(String cluster) {
        return new AssocRec(null, "root", cluster, 0, 0, 1, null, null, null, INFINITE,
                INFINITE, INFINITE, INFINITE, 0, 0, 0, null, null, null, null, INFINITE,
                INFINITE, INFINITE, INFINITE, INFINITE, null, 0, null, INFINITE, null, 0, 0,
                null);
    }

    /** Adds a cluster with its root association and root's user association. */
    public void addCluster(String name) throws SQLException {
        update("INSERT INTO cluster (name) VALUES (?)", name);
        insertAssoc(name, "root", "", "", null, "1", 1, true);
        insertAssoc(name, "root", "root", "", null, "1", 1, true);
    }

    public boolean clusterExists(String name) throws SQLException {
        return !strings("SELECT name FROM cluster WHERE name = ?", name).isEmpty();
    }

    /** Removes clusters and every association on them; returns the names removed. */
    public List<String> removeClusters(List<String> names) throws SQLException {
        final List<String> removed = new ArrayList<>();
        for (String name : clusterNames()) {
            if (matches(names, name) && names != null && !names.isEmpty()) {
                update("DELETE FROM assoc WHERE cluster = ?", name);
                update("DELETE FROM cluster WHERE name = ?", name);
                removed.add(name);
            }
        }
        return removed;
    }

    /** Records where a cluster's controller listens; creates the cluster when unknown. */
    public void registerController(String name, String host, int port, int rpcVersion,
                                   int flags, int pluginIdSelect) throws SQLException {
        if (!clusterExists(name)) {
            addCluster(name);
        }
        update("UPDATE cluster SET control_host = ?, control_port = ?, rpc_version = ?,"
                + " flags = ?, plugin_id_select = ? WHERE name = ?", host, port, rpcVersion,
                flags, pluginIdSelect, name);
    }

    public void clusterTres(String name, String nodes, String tres) throws SQLException {
        update("UPDATE cluster SET nodes = COALESCE(?, nodes), tres = COALESCE(?, tres)"
                + " WHERE name = ?", nodes, tres, name);
    }

    // ---- accounts

    public List<AccountRec> accounts(List<String> names, boolean withAssocs,
                                     boolean withCoords) throws SQLException {
        final List<AccountRec> out = new ArrayList<>();
        try (PreparedStatement st = prepare("SELECT name, description, organization"
                + " FROM account ORDER BY name"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                final String name = rs.getString(1);
                if (!matches(names, name)) {
                    continue;
                }
                final List<AssocRec> assocs = withAssocs ? assocs(new AssocFilter(null,
                        List.of(name), null, null, null, false)) : null;
                final List<CoordRec> coords = withCoords ? coordinatorsOf(name) : null;
                out.add(new AccountRec(assocs, coords, rs.getString(2), 0, name,
                        rs.getString(3)));
            }
        }
        return out;
    }

    private List<CoordRec> coordinatorsOf(String account) throws SQLException {
        final List<CoordRec> out = new ArrayList<>();
        for (String user : strings("SELECT user_name FROM coordinator WHERE account = ?"
                + " ORDER BY user_name", account)) {
            out.add(new CoordRec(user, 1));
        }
        return out;
    }

    public boolean accountExists(String name) throws SQLException {
        return !strings("SELECT name FROM account WHERE name = ?", name).isEmpty();
    }

    public void addAccount(AccountRec account) throws SQLException {
        if (!accountExists(account.name())) {
            update("INSERT INTO account (name, description, organization) VALUES (?, ?, ?)",
                    account.name(), account.description(), account.organization());
        }
        if (account.assocList() != null) {
            for (AssocRec assoc : account.assocList()) {
                addAssoc(assoc);
            }
        }
    }

    /** Removes accounts and their associations; returns the names removed. */
    public List<String> removeAccounts(List<String> names) throws SQLException {
        final List<String> removed = new ArrayList<>();
        if (names == null || names.isEmpty()) {
            return removed;
        }
        for (String name : strings("SELECT name FROM account ORDER BY name")) {
            if (!name.equals("root") && matches(names, name)) {
                update("DELETE FROM assoc WHERE account = ?", name);
                update("DELETE FROM coordinator WHERE account = ?", name);
                update("DELETE FROM account WHERE name = ?", name);
                removed.add(name);
            }
        }
        return removed;
    }

    public List<String> modifyAccounts(List<String> names, String description,
                                       String organization) throws SQLException {
        final List<String> changed = new ArrayList<>();
        for (String name : strings("SELECT name FROM account ORDER BY name")) {
            if (names != null && !names.isEmpty() && matches(names, name)) {
                update("UPDATE account SET description = COALESCE(?, description),"
                        + " organization = COALESCE(?, organization) WHERE name = ?",
                        description, organization, name);
                changed.add(name);
            }
        }
        return changed;
    }

    // ---- users

    public record UserRow(String name, int adminLevel, String defaultAcct) {
    }

    public List<UserRow> userRows() throws SQLException {
        final List<UserRow> out = new ArrayList<>();
        try (PreparedStatement st = prepare("SELECT name, admin_level, default_acct"
                + " FROM acct_user ORDER BY name"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new UserRow(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
        }
        return out;
    }

    public UserRow user(String name) throws SQLException {
        return userRows().stream().filter(u -> u.name().equals(name)).findFirst().orElse(null);
    }

    public List<UserRec> users(List<String> names, int adminLevel, boolean withAssocs,
                               boolean withCoords) throws SQLException {
        final List<UserRec> out = new ArrayList<>();
        for (UserRow row : userRows()) {
            if (!matches(names, row.name())
                    || (adminLevel != 0 && adminLevel != row.adminLevel())) {
                continue;
            }
            final List<AssocRec> assocs = withAssocs ? assocs(new AssocFilter(null, null,
                    List.of(row.name()), null, null, false)) : null;
            out.add(new UserRec(row.adminLevel(), assocs,
                    withCoords ? coordinatedBy(row.name()) : null, row.defaultAcct(), "", 0,
                    row.name(), null, 0, null));
        }
        return out;
    }

    /** The accounts a user coordinates: directly, and every sub-account below them. */
    public List<CoordRec> coordinatedBy(String user) throws SQLException {
        final List<CoordRec> out = new ArrayList<>();
        final List<String> direct = strings("SELECT account FROM coordinator WHERE user_name = ?"
                + " ORDER BY account", user);
        direct.forEach(a -> out.add(new CoordRec(a, 1)));
        final List<String> pending = new ArrayList<>(direct);
        while (!pending.isEmpty()) {
            final String parent = pending.removeFirst();
            for (String child : strings("SELECT DISTINCT account FROM assoc WHERE parent_acct = ?"
                    + " AND user_name = ''", parent)) {
                if (out.stream().noneMatch(c -> c.name().equals(child))) {
                    out.add(new CoordRec(child, 0));
                    pending.add(child);
                }
            }
        }
        return out;
    }

    public void addUser(UserRec user) throws SQLException {
        // without a default account the user's first association's account becomes it
        final String defaultAcct = user.defaultAcct() != null ? user.defaultAcct()
                : user.assocList() != null && !user.assocList().isEmpty()
                        ? user.assocList().getFirst().acct() : null;
        final int level = user.adminLevel() == UserRec.ADMIN_NOTSET ? UserRec.ADMIN_NONE
                : user.adminLevel();
        if (user(user.name()) == null) {
            update("INSERT INTO acct_user (name, admin_level, default_acct) VALUES (?, ?, ?)",
                    user.name(), level, defaultAcct);
        } else if (user.defaultAcct() != null) {
            update("UPDATE acct_user SET default_acct = ? WHERE name = ?", user.defaultAcct(),
                    user.name());
        }
        if (user.assocList() != null) {
            for (AssocRec assoc : user.assocList()) {
                addAssoc(assoc);
            }
        }
    }

    /** Sets admin level and default account on the named users; returns their names. */
    public List<String> modifyUsers(List<String> names, UserRec rec) throws SQLException {
        final List<String> changed = new ArrayList<>();
        for (UserRow row : userRows()) {
            if (names == null || names.isEmpty() || !matches(names, row.name())) {
                continue;
            }
            final int level = rec.adminLevel() == UserRec.ADMIN_NOTSET ? row.adminLevel()
                    : rec.adminLevel();
            final String def = rec.defaultAcct() == null ? row.defaultAcct() : rec.defaultAcct();
            update("UPDATE acct_user SET admin_level = ?, default_acct = ? WHERE name = ?",
                    level, def, row.name());
            if (rec.defaultAcct() != null) {
                update("UPDATE assoc SET is_def = CASE WHEN account = ? THEN 1 ELSE 0 END"
                        + " WHERE user_name = ?", def, row.name());
            }
            changed.add(row.name());
        }
        return changed;
    }

    public List<String> removeUsers(List<String> names) throws SQLException {
        final List<String> removed = new ArrayList<>();
        for (UserRow row : userRows()) {
            if (names != null && !names.isEmpty() && matches(names, row.name())) {
                update("DELETE FROM assoc WHERE user_name = ?", row.name());
                update("DELETE FROM coordinator WHERE user_name = ?", row.name());
                update("DELETE FROM acct_user WHERE name = ?", row.name());
                removed.add(row.name());
            }
        }
        return removed;
    }

    public void addCoordinator(String user, String account) throws SQLException {
        if (strings("SELECT account FROM coordinator WHERE user_name = ? AND account = ?",
                user, account).isEmpty()) {
            update("INSERT INTO coordinator (user_name, account) VALUES (?, ?)", user, account);
        }
    }

    public int removeCoordinator(String user, String account) throws SQLException {
        return update("DELETE FROM coordinator WHERE user_name = ? AND account = ?", user,
                account);
    }

    // ---- associations

    /** Which associations to read; a null list matches everything. */
    public record AssocFilter(List<String> clusters, List<String> accounts, List<String> users,
                              List<String> partitions, List<String> ids, boolean onlyDefs,
                              List<String> defQosIds, List<String> qosIds) {

        public AssocFilter(List<String> clusters, List<String> accounts, List<String> users,
                           List<String> partitions, List<String> ids, boolean onlyDefs) {
            this(clusters, accounts, users, partitions, ids, onlyDefs, null, null);
        }
    }

    private List<Assoc> assocRows() throws SQLException {
        final List<Assoc> out = new ArrayList<>();
        try (PreparedStatement st = prepare("SELECT id, cluster, account, user_name,"
                + " partition_name, parent_acct, shares, grp_tres, grp_jobs, grp_submit_jobs,"
                + " grp_wall, max_jobs, max_submit_jobs, max_wall, max_tres_pj, priority,"
                + " qos_ids, def_qos_id, is_def FROM assoc ORDER BY cluster, id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new Assoc(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                        rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getString(15),
                        rs.getInt(16), rs.getString(17), rs.getInt(18), rs.getInt(19)));
            }
        }
        return out;
    }

    /** The matching associations in tree order, with nested-set numbers and parent ids. */
    public List<AssocRec> assocs(AssocFilter filter) throws SQLException {
        final List<Assoc> rows = assocRows();
        final Map<String, List<Assoc>> byCluster = new LinkedHashMap<>();
        rows.forEach(a -> byCluster.computeIfAbsent(a.cluster(), k -> new ArrayList<>()).add(a));
        final List<AssocRec> out = new ArrayList<>();
        for (var entry : byCluster.entrySet()) {
            final Map<Integer, int[]> numbers = new HashMap<>();
            final Map<String, Integer> accountIds = new HashMap<>();
            for (Assoc a : entry.getValue()) {
                if (a.user().isEmpty()) {
                    accountIds.put(a.account(), a.id());
                }
            }
            final List<Assoc> ordered = new ArrayList<>();
            number(entry.getValue(), "root", new int[] {1}, numbers, ordered);
            for (Assoc a : ordered) {
                if (!matches(filter.clusters(), a.cluster())
                        || !matches(filter.accounts(), a.account())
                        || (filter.users() != null && !filter.users().isEmpty()
                            && !matches(filter.users(), a.user()))
                        || !matches(filter.partitions(), a.partition())
                        || !matches(filter.ids(), Integer.toString(a.id()))
                        || (filter.onlyDefs() && !a.user().isEmpty() && a.isDef() == 0)
                        || !matches(filter.defQosIds(), Integer.toString(a.defQosId()))
                        || !anyQos(filter.qosIds(), a.qosIds())) {
                    continue;
                }
                final int[] lr = numbers.get(a.id());
                final boolean accountRow = a.user().isEmpty();
                final String parentName = accountRow ? a.parentAcct() : a.account();
                final int parentId = parentName == null ? 0
                        : accountIds.getOrDefault(parentName, 0);
                out.add(toRec(a, lr[0], lr[1], accountRow ? a.parentAcct() : null, parentId));
            }
        }
        return out;
    }

    private static boolean anyQos(List<String> wanted, String ids) {
        if (wanted == null || wanted.isEmpty()) {
            return true;
        }
        final List<String> have = ids == null ? List.of() : Arrays.asList(ids.split(","));
        return wanted.stream().anyMatch(have::contains);
    }

    /** Depth-first numbering: an account, its user rows, then its sub-accounts. */
    private static void number(List<Assoc> all, String account, int[] counter,
                               Map<Integer, int[]> numbers, List<Assoc> ordered) {
        final Assoc self = all.stream()
                .filter(a -> a.account().equals(account) && a.user().isEmpty())
                .findFirst().orElse(null);
        if (self == null) {
            return;
        }
        final int lft = counter[0]++;
        ordered.add(self);
        final int[] mine = {lft, 0};
        numbers.put(self.id(), mine);
        for (Assoc child : all) {
            if (child.user().isEmpty() && account.equals(child.parentAcct())
                    && !child.account().equals(account)) {
                number(all, child.account(), counter, numbers, ordered);
            }
        }
        for (Assoc user : all) {
            if (!user.user().isEmpty() && user.account().equals(account)) {
                ordered.add(user);
                numbers.put(user.id(), new int[] {counter[0]++, counter[0]++});
            }
        }
        mine[1] = counter[0]++;
    }

    private static AssocRec toRec(Assoc a, int lft, int rgt, String parentAcct, int parentId) {
        final List<String> qos = a.qosIds() == null || a.qosIds().isEmpty() ? List.of()
                : Arrays.asList(a.qosIds().split(","));
        return new AssocRec(null, a.account(), a.cluster(), a.defQosId(), 0, a.shares(), null,
                null, a.grpTres(), a.grpJobs(), INFINITE, a.grpSubmitJobs(), a.grpWall(),
                a.id(), a.isDef(), lft, null, null, a.maxTresPj(), null, a.maxJobs(), INFINITE,
                INFINITE, a.maxSubmitJobs(), a.maxWall(), parentAcct, parentId,
                a.partition().isEmpty() ? null : a.partition(), a.priority(), qos, rgt, 0,
                a.user().isEmpty() ? null : a.user());
    }

    private int insertAssoc(String cluster, String account, String user, String partition,
                            String parentAcct, String qosIds, int shares, boolean isDef)
            throws SQLException {
        final int id = nextId("assoc", "id");
        update("INSERT INTO assoc (id, cluster, account, user_name, partition_name, parent_acct,"
                + " shares, qos_ids, is_def) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, cluster,
                account, user, partition, parentAcct, shares, qosIds, isDef ? 1 : 0);
        return id;
    }

    private Assoc findAssoc(String cluster, String account, String user) throws SQLException {
        for (Assoc a : assocRows()) {
            if (a.cluster().equals(cluster) && a.account().equals(account)
                    && a.user().equals(user == null ? "" : user)) {
                return a;
            }
        }
        return null;
    }

    /** Adds one association; limits left unset are inherited from the parent's QOS list. */
    public void addAssoc(AssocRec rec) throws SQLException {
        final String user = rec.user() == null ? "" : rec.user();
        if (findAssoc(rec.cluster(), rec.acct(), user) != null) {
            return;
        }
        final String parent = user.isEmpty()
                ? (rec.parentAcct() == null ? "root" : rec.parentAcct()) : rec.acct();
        final Assoc parentRow = findAssoc(rec.cluster(), parent, "");
        final String qos = rec.qosList() != null ? String.join(",", rec.qosList())
                : parentRow != null ? parentRow.qosIds() : "1";
        final UserRow owner = user.isEmpty() ? null : user(user);
        final boolean isDef = owner != null && rec.acct().equals(owner.defaultAcct());
        final int id = insertAssoc(rec.cluster(), rec.acct(), user,
                rec.partition() == null ? "" : rec.partition(), user.isEmpty() ? parent : null,
                qos, rec.sharesRaw() == NO_VAL ? 1 : rec.sharesRaw(), isDef);
        applyLimits(id, rec, null);
    }

    private void applyLimits(int id, AssocRec rec, Assoc current) throws SQLException {
        final int unset = INFINITE;
        update("UPDATE assoc SET shares = ?, grp_tres = ?, grp_jobs = ?, grp_submit_jobs = ?,"
                + " grp_wall = ?, max_jobs = ?, max_submit_jobs = ?, max_wall = ?,"
                + " max_tres_pj = ?, priority = ?, def_qos_id = ? WHERE id = ?",
                merge(rec.sharesRaw(), current == null ? 1 : current.shares()),
                mergeText(rec.grpTres(), current == null ? null : current.grpTres()),
                merge(rec.grpJobs(), current == null ? unset : current.grpJobs()),
                merge(rec.grpSubmitJobs(), current == null ? unset : current.grpSubmitJobs()),
                merge(rec.grpWall(), current == null ? unset : current.grpWall()),
                merge(rec.maxJobs(), current == null ? unset : current.maxJobs()),
                merge(rec.maxSubmitJobs(), current == null ? unset : current.maxSubmitJobs()),
                merge(rec.maxWallPj(), current == null ? unset : current.maxWall()),
                mergeText(rec.maxTresPj(), current == null ? null : current.maxTresPj()),
                merge(rec.priority(), current == null ? unset : current.priority()),
                merge(rec.defQosId(), current == null ? 0 : current.defQosId()), id);
    }

    /**
     * Applies the set fields of {@code rec} to the matching associations; returns one
     * sacctmgr line per association changed.
     */
    public List<String> modifyAssocs(AssocFilter filter, AssocRec rec) throws SQLException {
        final List<String> changed = new ArrayList<>();
        for (AssocRec match : assocs(filter)) {
            final Assoc current = findAssoc(match.cluster(), match.acct(), match.user());
            applyLimits(current.id(), rec, current);
            if (rec.qosList() != null) {
                update("UPDATE assoc SET qos_ids = ? WHERE id = ?",
                        qosIds(current.qosIds(), rec.qosList()), current.id());
            }
            changed.add(describe(match));
        }
        return changed;
    }

    /** A QOS id list after a request: plain ids replace it, +id / -id add or remove. */
    static String qosIds(String current, List<String> requested) {
        final List<String> ids = new ArrayList<>(current == null || current.isEmpty()
                ? List.of() : Arrays.asList(current.split(",")));
        final boolean relative = requested.stream()
                .allMatch(r -> r.startsWith("+") || r.startsWith("-"));
        if (!relative) {
            ids.clear();
        }
        for (String r : requested) {
            if (r.startsWith("-")) {
                ids.remove(r.substring(1));
            } else {
                final String id = r.startsWith("+") ? r.substring(1) : r;
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return String.join(",", ids);
    }

    /** How sacctmgr lists an association it changed or removed. */
    static String describe(AssocRec a) {
        final StringBuilder line = new StringBuilder(String.format("C = %-10s A = %-20s",
                a.cluster(), a.acct()));
        if (a.user() != null) {
            line.append(String.format(" U = %-9s", a.user()));
        }
        if (a.partition() != null) {
            line.append(String.format(" P = %-10s", a.partition()));
        }
        return line.toString();
    }

    public List<String> removeAssocs(AssocFilter filter) throws SQLException {
        final List<String> removed = new ArrayList<>();
        for (AssocRec match : assocs(filter)) {
            if (match.user() == null && match.acct().equals("root")) {
                continue;
            }
            update("DELETE FROM assoc WHERE id = ?", match.id());
            removed.add(describe(match));
        }
        return removed;
    }

    // ---- QOS

    public List<QosRec> qos(Collection<String> names, Collection<String> ids)
            throws SQLException {
        final List<QosRec> out = new ArrayList<>();
        try (PreparedStatement st = prepare("SELECT id, name, description, priority, flags,"
                + " grace_time, grp_tres, grp_jobs, grp_submit_jobs, grp_wall, max_tres_pj,"
                + " max_tres_pu, max_jobs_pu, max_submit_jobs_pu, max_wall_pj, preempt_mode,"
                + " usage_factor, usage_thres FROM qos ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                final String id = Integer.toString(rs.getInt(1));
                if (!matches(names == null ? null : List.copyOf(names), rs.getString(2))
                        || !matches(ids == null ? null : List.copyOf(ids), id)) {
                    continue;
                }
                out.add(new QosRec(rs.getString(3), rs.getInt(1), rs.getInt(5), rs.getInt(6),
                        null, null, rs.getString(7), rs.getInt(8), INFINITE, rs.getInt(9),
                        rs.getInt(10), null, null, null, null, rs.getString(11), null,
                        rs.getString(12), INFINITE, rs.getInt(13), INFINITE, INFINITE,
                        INFINITE, INFINITE, rs.getInt(14), rs.getInt(15), null, rs.getString(2),
                        null, null, rs.getInt(16), INFINITE, rs.getInt(4), rs.getDouble(17),
                        rs.getDouble(18), QosRec.DOUBLE_INFINITE));
            }
        }
        return out;
    }

    public boolean qosExists(String name) throws SQLException {
        return !strings("SELECT name FROM qos WHERE name = ?", name).isEmpty();
    }

    public void addQos(QosRec rec) throws SQLException {
        final int id = nextId("qos", "id");
        update("INSERT INTO qos (id, name, description) VALUES (?, ?, ?)", id, rec.name(),
                rec.description() == null ? rec.name() : rec.description());
        applyQos(id, rec);
    }

    /** A double the request did not set comes as NO_VAL. */
    private static boolean unset(double value) {
        return value == 4294967294.0;
    }

    private void applyQos(int id, QosRec rec) throws SQLException {
        final QosRec cur = qos(null, List.of(Integer.toString(id))).getFirst();
        update("UPDATE qos SET priority = ?, flags = ?, grace_time = ?, grp_tres = ?,"
                + " grp_jobs = ?, grp_submit_jobs = ?, grp_wall = ?, max_tres_pj = ?,"
                + " max_tres_pu = ?, max_jobs_pu = ?, max_submit_jobs_pu = ?, max_wall_pj = ?,"
                + " preempt_mode = ?, usage_factor = ?, usage_thres = ?, description = ?"
                + " WHERE id = ?",
                merge(rec.priority(), cur.priority()) == INFINITE ? 0
                        : merge(rec.priority(), cur.priority()),
                (rec.flags() & QosRec.FLAG_NOTSET) != 0 ? cur.flags() : rec.flags(),
                merge(rec.graceTime(), cur.graceTime()) == INFINITE ? 0
                        : merge(rec.graceTime(), cur.graceTime()),
                mergeText(rec.grpTres(), cur.grpTres()), merge(rec.grpJobs(), cur.grpJobs()),
                merge(rec.grpSubmitJobs(), cur.grpSubmitJobs()),
                merge(rec.grpWall(), cur.grpWall()), mergeText(rec.maxTresPj(), cur.maxTresPj()),
                mergeText(rec.maxTresPu(), cur.maxTresPu()),
                merge(rec.maxJobsPu(), cur.maxJobsPu()),
                merge(rec.maxSubmitJobsPu(), cur.maxSubmitJobsPu()),
                merge(rec.maxWallPj(), cur.maxWallPj()),
                rec.preemptMode() == 0xFFFE ? cur.preemptMode() : rec.preemptMode(),
                unset(rec.usageFactor()) ? cur.usageFactor() : rec.usageFactor(),
                unset(rec.usageThres()) ? cur.usageThres() : rec.usageThres(),
                rec.description() == null ? cur.description() : rec.description(), id);
    }

    public List<String> modifyQos(List<String> names, QosRec rec) throws SQLException {
        final List<String> changed = new ArrayList<>();
        for (QosRec q : qos(names, null)) {
            if (names != null && !names.isEmpty()) {
                applyQos(q.id(), rec);
                changed.add(q.name());
            }
        }
        return changed;
    }

    public List<String> removeQos(List<String> names) throws SQLException {
        final List<String> removed = new ArrayList<>();
        for (QosRec q : qos(names, null)) {
            if (names != null && !names.isEmpty()) {
                update("DELETE FROM qos WHERE id = ?", q.id());
                removed.add(q.name());
            }
        }
        return removed;
    }
}
