package org.flurm.dbd.server;

import static org.flurm.protocol.dbd.DbdMessageType.*;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flurm.dbd.storage.AccountingSession;
import org.flurm.dbd.storage.AccountingSession.AssocFilter;
import org.flurm.dbd.storage.AccountingSession.Snapshot;
import org.flurm.dbd.storage.JobRecords;
import org.flurm.protocol.dbd.AccountCond;
import org.flurm.protocol.dbd.AccountRec;
import org.flurm.protocol.dbd.AcctCoord;
import org.flurm.protocol.dbd.AssocCond;
import org.flurm.protocol.dbd.AssocRec;
import org.flurm.protocol.dbd.ClusterCond;
import org.flurm.protocol.dbd.ClusterRec;
import org.flurm.protocol.dbd.ClusterTres;
import org.flurm.protocol.dbd.DbdCodec;
import org.flurm.protocol.dbd.DbdFrame;
import org.flurm.protocol.dbd.DbdList;
import org.flurm.protocol.dbd.DbdMessageType;
import org.flurm.protocol.dbd.IdRc;
import org.flurm.protocol.dbd.JobComplete;
import org.flurm.protocol.dbd.JobCond;
import org.flurm.protocol.dbd.JobStart;
import org.flurm.protocol.dbd.Modify;
import org.flurm.protocol.dbd.PersistRc;
import org.flurm.protocol.dbd.QosCond;
import org.flurm.protocol.dbd.QosRec;
import org.flurm.protocol.dbd.RegisterCtld;
import org.flurm.protocol.dbd.StepComplete;
import org.flurm.protocol.dbd.StepStart;
import org.flurm.protocol.dbd.TresRec;
import org.flurm.protocol.dbd.UserCond;
import org.flurm.protocol.dbd.UserRec;

/**
 * Answers one decoded DBD request for one connection: checks the caller's rights (wire doc
 * §8), reads or changes the accounting data through the connection's session, and builds the
 * reply frame. Changes stay in the session's transaction until DBD_FINI commits them, except
 * the controller's records, which are committed as they arrive.
 */
final class RequestHandler {

    /** The TRES every cluster has, in SLURM's id order. */
    static final List<TresRec> TRES = List.of(new TresRec(0, 0, 1, null, "cpu"),
            new TresRec(0, 0, 2, null, "mem"), new TresRec(0, 0, 3, null, "energy"),
            new TresRec(0, 0, 4, null, "node"), new TresRec(0, 0, 5, null, "billing"),
            new TresRec(0, 0, 6, "disk", "fs"), new TresRec(0, 0, 7, null, "vmem"),
            new TresRec(0, 0, 8, null, "pages"));

    private final AccountingSession session;
    private final Caller caller;
    private final String cluster;
    private final String peerHost;
    private final Passwd passwd;
    private final ControllerNotifier notifier;

    /** The data as committed before this transaction's first change; null when unchanged. */
    private Snapshot before;

    RequestHandler(AccountingSession session, Caller caller, String cluster, String peerHost,
                   Passwd passwd, ControllerNotifier notifier) {
        this.session = session;
        this.caller = caller;
        this.cluster = cluster;
        this.peerHost = peerHost;
        this.passwd = passwd;
        this.notifier = notifier;
    }

    /** Requests that change users, associations or QOS (what slurmctld must be told). */
    private static boolean changes(int type) {
        return switch (type) {
            case DBD_ADD_ACCOUNTS, DBD_ADD_ASSOCS, DBD_ADD_CLUSTERS, DBD_ADD_USERS, DBD_ADD_QOS,
                 DBD_ADD_ACCOUNT_COORDS, DBD_MODIFY_ACCOUNTS, DBD_MODIFY_ASSOCS,
                 DBD_MODIFY_USERS, DBD_MODIFY_QOS, DBD_REMOVE_ACCOUNTS, DBD_REMOVE_ASSOCS,
                 DBD_REMOVE_CLUSTERS, DBD_REMOVE_USERS, DBD_REMOVE_QOS,
                 DBD_REMOVE_ACCOUNT_COORDS -> true;
            default -> false;
        };
    }

    /** After DBD_FINI committed: tell every registered slurmctld what changed. */
    void committed() throws SQLException {
        if (before == null || notifier == null) {
            before = null;
            return;
        }
        final Snapshot after = session.snapshot();
        for (var controller : session.controllers().entrySet()) {
            notifier.send(controller.getKey(), controller.getValue(),
                    ControllerUpdates.between(before, after, controller.getKey()));
        }
        before = null;
    }

    /** After a rollback nothing changed. */
    void rolledBack() {
        before = null;
    }

    static DbdFrame rc(int rc, String comment, int retInfo) {
        return DbdCodec.frame(PERSIST_RC, new PersistRc(comment, 0, rc, retInfo));
    }

    private static DbdFrame ok(int type) {
        return rc(0, null, type);
    }

    private static DbdFrame list(int type, List<?> items) {
        return DbdCodec.frame(type, DbdList.of(items));
    }

    @SuppressWarnings("unchecked")
    DbdFrame handle(int type, Object request) throws SQLException, AccessDenied {
        if (before == null && changes(type)) {
            before = session.snapshot();
        }
        return switch (type) {
            case DBD_GET_CLUSTERS -> list(DBD_GOT_CLUSTERS,
                    session.clusters(((ClusterCond) request).clusterList()));
            case DBD_ADD_CLUSTERS -> addClusters((DbdList<ClusterRec>) request);
            case DBD_REMOVE_CLUSTERS -> {
                requireAdministrator();
                yield list(DBD_GOT_LIST,
                        session.removeClusters(((ClusterCond) request).clusterList()));
            }
            case DBD_GET_ACCOUNTS -> {
                final AccountCond cond = (AccountCond) request;
                yield list(DBD_GOT_ACCOUNTS, session.accounts(cond.assocCond().acctList(),
                        cond.withAssocs() != 0, cond.withCoords() != 0));
            }
            case DBD_ADD_ACCOUNTS -> addAccounts((DbdList<AccountRec>) request);
            case DBD_MODIFY_ACCOUNTS -> {
                requireOperator();
                final var mod = (Modify<AccountCond, AccountRec>) request;
                yield list(DBD_GOT_LIST, session.modifyAccounts(
                        mod.cond().assocCond().acctList(), mod.rec().description(),
                        mod.rec().organization()));
            }
            case DBD_REMOVE_ACCOUNTS -> {
                requireOperator();
                yield list(DBD_GOT_LIST, session.removeAccounts(
                        ((AccountCond) request).assocCond().acctList()));
            }
            case DBD_GET_USERS -> {
                final UserCond cond = (UserCond) request;
                yield list(DBD_GOT_USERS, session.users(cond.assocCond().userList(),
                        cond.adminLevel(), cond.withAssocs() != 0, cond.withCoords() != 0));
            }
            case DBD_ADD_USERS -> addUsers((DbdList<UserRec>) request);
            case DBD_MODIFY_USERS -> modifyUsers((Modify<UserCond, UserRec>) request);
            case DBD_REMOVE_USERS -> {
                requireOperator();
                yield list(DBD_GOT_LIST,
                        session.removeUsers(((UserCond) request).assocCond().userList()));
            }
            case DBD_GET_ASSOCS ->
                    list(DBD_GOT_ASSOCS, session.assocs(filter((AssocCond) request)));
            case DBD_ADD_ASSOCS -> {
                final var assocs = (DbdList<AssocRec>) request;
                requireOperatorOrCoordinator(assocs.items().stream()
                        .map(a -> a.user() == null ? a.parentAcct() : a.acct()).toList());
                for (AssocRec assoc : assocs.items()) {
                    session.addAssoc(assoc);
                }
                yield ok(type);
            }
            case DBD_MODIFY_ASSOCS -> {
                // LIMIT: a coordinator may set any QOS on the associations below its
                // accounts; slurmdbd limits it to the QOS it holds itself
                final var mod = (Modify<AssocCond, AssocRec>) request;
                final AssocFilter filter = filter(mod.cond());
                requireOperatorOrCoordinator(session.assocs(filter).stream()
                        .map(AssocRec::acct).distinct().toList());
                yield list(DBD_GOT_LIST, session.modifyAssocs(filter, mod.rec()));
            }
            case DBD_REMOVE_ASSOCS -> {
                final AssocFilter filter = filter((AssocCond) request);
                requireOperatorOrCoordinator(session.assocs(filter).stream()
                        .map(AssocRec::acct).distinct().toList());
                yield list(DBD_GOT_LIST, session.removeAssocs(filter));
            }
            case DBD_ADD_ACCOUNT_COORDS -> coords((AcctCoord) request, true);
            case DBD_REMOVE_ACCOUNT_COORDS -> coords((AcctCoord) request, false);
            case DBD_GET_QOS -> {
                final QosCond cond = (QosCond) request;
                yield list(DBD_GOT_QOS, session.qos(cond.nameList(), cond.idList()));
            }
            case DBD_ADD_QOS -> {
                requireAdministrator();
                for (QosRec qos : ((DbdList<QosRec>) request).items()) {
                    if (!session.qosExists(qos.name())) {
                        session.addQos(qos);
                    }
                }
                yield ok(type);
            }
            case DBD_MODIFY_QOS -> {
                requireAdministrator();
                final var mod = (Modify<QosCond, QosRec>) request;
                yield list(DBD_GOT_LIST, session.modifyQos(mod.cond().nameList(), mod.rec()));
            }
            case DBD_REMOVE_QOS -> {
                requireAdministrator();
                yield list(DBD_GOT_LIST, session.removeQos(((QosCond) request).nameList()));
            }
            case DBD_GET_TRES -> list(DBD_GOT_TRES, TRES);
            // FLURM keeps no licenses and no federations
            case DBD_GET_RES -> list(DBD_GOT_RES, List.of());
            case DBD_GET_FEDERATIONS -> list(DBD_GOT_FEDERATIONS, List.of());
            // LIMIT: everyone may read every job; PrivateData=jobs and MaxQueryTimeRange of
            // slurmdbd.conf are not applied (sacct itself asks non-root users for their own)
            case DBD_GET_JOBS_COND -> list(DBD_GOT_JOBS, new JobRecords(session)
                    .jobs((JobCond) request, passwd::name, System.currentTimeMillis() / 1000));
            default -> controller(type, request);
        };
    }

    /** The controller's messages: SlurmUser only, committed at once. */
    @SuppressWarnings("unchecked")
    private DbdFrame controller(int type, Object request) throws SQLException, AccessDenied {
        if (!caller.slurmUser()) {
            throw new AccessDenied(DbdMessageType.nameOf(type) + " message from invalid uid");
        }
        final JobRecords jobs = new JobRecords(session);
        final DbdFrame reply = switch (type) {
            case DBD_REGISTER_CTLD -> {
                final RegisterCtld reg = (RegisterCtld) request;
                session.registerController(cluster, peerHost, reg.port(), 0x2600, reg.flags(),
                        reg.pluginIdSelect());
                yield ok(type);
            }
            case DBD_CLUSTER_TRES -> {
                final ClusterTres tres = (ClusterTres) request;
                session.clusterTres(cluster, tres.clusterNodes(), tres.tresStr());
                yield ok(type);
            }
            case DBD_FLUSH_JOBS, DBD_NODE_STATE -> ok(type);
            case DBD_JOB_START -> {
                final JobStart start = (JobStart) request;
                yield DbdCodec.frame(DBD_ID_RC,
                        new IdRc(start.jobId(), jobs.start(cluster, start), 0, 0));
            }
            case DBD_SEND_MULT_JOB_START -> {
                final List<IdRc> ids = new ArrayList<>();
                for (JobStart start : ((DbdList<JobStart>) request).items()) {
                    ids.add(new IdRc(start.jobId(), jobs.start(cluster, start), 0, 0));
                }
                yield list(DBD_GOT_MULT_JOB_START, ids);
            }
            case DBD_JOB_COMPLETE -> {
                jobs.complete(cluster, (JobComplete) request);
                yield ok(type);
            }
            case DBD_STEP_START -> {
                jobs.stepStart(cluster, (StepStart) request);
                yield ok(type);
            }
            case DBD_STEP_COMPLETE -> {
                jobs.stepComplete(cluster, (StepComplete) request);
                yield ok(type);
            }
            case DBD_SEND_MULT_MSG -> {
                final List<DbdFrame> replies = new ArrayList<>();
                for (DbdFrame inner : ((DbdList<DbdFrame>) request).items()) {
                    try {
                        replies.add(handle(inner.msgType(),
                                DbdCodec.decode(inner.msgType(), inner.body())));
                    } catch (org.flurm.protocol.pack.DecodeException e) {
                        break;
                    }
                }
                yield list(DBD_GOT_MULT_MSG, replies);
            }
            default -> rc(22, "Invalid RPC", 0);
        };
        session.commit();
        return reply;
    }

    private DbdFrame addClusters(DbdList<ClusterRec> request) throws SQLException,
            AccessDenied {
        requireAdministrator();
        for (ClusterRec rec : request.items()) {
            if (session.clusterExists(rec.name())) {
                return rc(-1, "Cluster " + rec.name() + " already exists", DBD_ADD_CLUSTERS);
            }
            session.addCluster(rec.name());
        }
        return ok(DBD_ADD_CLUSTERS);
    }

    private DbdFrame addAccounts(DbdList<AccountRec> request) throws SQLException,
            AccessDenied {
        final List<String> parents = new ArrayList<>();
        request.items().forEach(a -> {
            if (a.assocList() != null) {
                a.assocList().forEach(assoc -> parents.add(
                        assoc.parentAcct() == null ? "root" : assoc.parentAcct()));
            }
        });
        requireOperatorOrCoordinator(parents);
        for (AccountRec account : request.items()) {
            session.addAccount(account);
        }
        return ok(DBD_ADD_ACCOUNTS);
    }

    private DbdFrame addUsers(DbdList<UserRec> request) throws SQLException, AccessDenied {
        final List<String> accounts = new ArrayList<>();
        request.items().forEach(u -> {
            if (u.assocList() != null) {
                u.assocList().forEach(a -> accounts.add(a.acct()));
            }
        });
        requireOperatorOrCoordinator(accounts);
        for (UserRec user : request.items()) {
            session.addUser(user);
        }
        return ok(DBD_ADD_USERS);
    }

    private DbdFrame modifyUsers(Modify<UserCond, UserRec> request) throws SQLException,
            AccessDenied {
        final List<String> names = request.cond().assocCond().userList();
        final UserRec rec = request.rec();
        if (!caller.isOperator(session)) {
            // a plain user may only change his own default account
            final boolean self = names != null && names.size() == 1
                    && names.getFirst().equals(caller.name());
            if (!self || rec.adminLevel() != UserRec.ADMIN_NOTSET) {
                throw new AccessDenied();
            }
        } else if (rec.adminLevel() != UserRec.ADMIN_NOTSET && !caller.isAdministrator(session)) {
            throw new AccessDenied("You must be a super user to modify a users admin level");
        }
        return list(DBD_GOT_LIST, session.modifyUsers(names, rec));
    }

    private DbdFrame coords(AcctCoord request, boolean add) throws SQLException, AccessDenied {
        requireOperatorOrCoordinator(request.accounts() == null ? List.of()
                : request.accounts());
        final List<String> users = request.userCond().assocCond().userList();
        final List<String> changed = new ArrayList<>();
        for (String user : users == null ? List.<String>of() : users) {
            for (String account : request.accounts() == null ? List.<String>of()
                    : request.accounts()) {
                if (add) {
                    session.addCoordinator(user, account);
                } else if (session.removeCoordinator(user, account) > 0) {
                    changed.add(String.format("U = %-9s A = %-10s", user, account));
                }
            }
        }
        return add ? ok(DBD_ADD_ACCOUNT_COORDS) : list(DBD_GOT_LIST, changed);
    }

    private static AssocFilter filter(AssocCond cond) {
        return new AssocFilter(cond.clusterList(), cond.acctList(), cond.userList(),
                cond.partitionList(), cond.idList(), cond.onlyDefs() != 0,
                cond.defQosIdList(), cond.qosList());
    }

    private void requireAdministrator() throws SQLException, AccessDenied {
        if (!caller.isAdministrator(session)) {
            throw new AccessDenied();
        }
    }

    private void requireOperator() throws SQLException, AccessDenied {
        if (!caller.isOperator(session)) {
            throw new AccessDenied();
        }
    }

    private void requireOperatorOrCoordinator(List<String> accounts) throws SQLException,
            AccessDenied {
        if (!caller.isOperator(session) && !caller.coordinates(session, accounts)) {
            throw new AccessDenied();
        }
    }
}
