package org.flurm.protocol.dbd;

import java.util.Map;

/** The ids of slurmdbd_msg_type_t (22.05) that FLURM reads or writes, with their names. */
public final class DbdMessageType {

    public static final int DBD_FINI = 1401;
    public static final int DBD_ADD_ACCOUNTS = 1402;
    public static final int DBD_ADD_ACCOUNT_COORDS = 1403;
    public static final int DBD_ADD_ASSOCS = 1404;
    public static final int DBD_ADD_CLUSTERS = 1405;
    public static final int DBD_ADD_USERS = 1406;
    public static final int DBD_CLUSTER_TRES = 1407;
    public static final int DBD_FLUSH_JOBS = 1408;
    public static final int DBD_GET_ACCOUNTS = 1409;
    public static final int DBD_GET_ASSOCS = 1410;
    public static final int DBD_GET_CLUSTERS = 1412;
    public static final int DBD_GET_USERS = 1415;
    public static final int DBD_GOT_ACCOUNTS = 1416;
    public static final int DBD_GOT_ASSOCS = 1417;
    public static final int DBD_GOT_CLUSTERS = 1419;
    public static final int DBD_GOT_JOBS = 1421;
    public static final int DBD_GOT_LIST = 1422;
    public static final int DBD_GOT_USERS = 1423;
    public static final int DBD_JOB_COMPLETE = 1424;
    public static final int DBD_JOB_START = 1425;
    public static final int DBD_ID_RC = 1426;
    public static final int DBD_MODIFY_ACCOUNTS = 1428;
    public static final int DBD_MODIFY_ASSOCS = 1429;
    public static final int DBD_MODIFY_CLUSTERS = 1430;
    public static final int DBD_MODIFY_USERS = 1431;
    public static final int DBD_NODE_STATE = 1432;
    public static final int PERSIST_RC = 1433;
    public static final int DBD_REGISTER_CTLD = 1434;
    public static final int DBD_REMOVE_ACCOUNTS = 1435;
    public static final int DBD_REMOVE_ACCOUNT_COORDS = 1436;
    public static final int DBD_REMOVE_ASSOCS = 1437;
    public static final int DBD_REMOVE_CLUSTERS = 1438;
    public static final int DBD_REMOVE_USERS = 1439;
    public static final int DBD_STEP_COMPLETE = 1441;
    public static final int DBD_STEP_START = 1442;
    public static final int DBD_GET_JOBS_COND = 1444;
    public static final int DBD_ADD_QOS = 1447;
    public static final int DBD_GET_QOS = 1448;
    public static final int DBD_GOT_QOS = 1449;
    public static final int DBD_REMOVE_QOS = 1450;
    public static final int DBD_MODIFY_QOS = 1451;
    public static final int DBD_SEND_MULT_JOB_START = 1472;
    public static final int DBD_GOT_MULT_JOB_START = 1473;
    public static final int DBD_SEND_MULT_MSG = 1474;
    public static final int DBD_GOT_MULT_MSG = 1475;
    public static final int DBD_GET_RES = 1478;
    public static final int DBD_GOT_RES = 1479;
    public static final int DBD_GET_TRES = 1486;
    public static final int DBD_GOT_TRES = 1487;
    public static final int DBD_GET_FEDERATIONS = 1494;
    public static final int DBD_GOT_FEDERATIONS = 1495;
    public static final int REQUEST_PERSIST_INIT = 6500;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(DBD_FINI, "DBD_FINI"),
            Map.entry(DBD_ADD_ACCOUNTS, "DBD_ADD_ACCOUNTS"),
            Map.entry(DBD_ADD_ACCOUNT_COORDS, "DBD_ADD_ACCOUNT_COORDS"),
            Map.entry(DBD_ADD_ASSOCS, "DBD_ADD_ASSOCS"),
            Map.entry(DBD_ADD_CLUSTERS, "DBD_ADD_CLUSTERS"),
            Map.entry(DBD_ADD_USERS, "DBD_ADD_USERS"),
            Map.entry(DBD_CLUSTER_TRES, "DBD_CLUSTER_TRES"),
            Map.entry(DBD_FLUSH_JOBS, "DBD_FLUSH_JOBS"),
            Map.entry(DBD_GET_ACCOUNTS, "DBD_GET_ACCOUNTS"),
            Map.entry(DBD_GET_ASSOCS, "DBD_GET_ASSOCS"),
            Map.entry(DBD_GET_CLUSTERS, "DBD_GET_CLUSTERS"),
            Map.entry(DBD_GET_USERS, "DBD_GET_USERS"),
            Map.entry(DBD_GOT_ACCOUNTS, "DBD_GOT_ACCOUNTS"),
            Map.entry(DBD_GOT_ASSOCS, "DBD_GOT_ASSOCS"),
            Map.entry(DBD_GOT_CLUSTERS, "DBD_GOT_CLUSTERS"),
            Map.entry(DBD_GOT_JOBS, "DBD_GOT_JOBS"),
            Map.entry(DBD_GOT_LIST, "DBD_GOT_LIST"),
            Map.entry(DBD_GOT_USERS, "DBD_GOT_USERS"),
            Map.entry(DBD_JOB_COMPLETE, "DBD_JOB_COMPLETE"),
            Map.entry(DBD_JOB_START, "DBD_JOB_START"),
            Map.entry(DBD_ID_RC, "DBD_ID_RC"),
            Map.entry(DBD_MODIFY_ACCOUNTS, "DBD_MODIFY_ACCOUNTS"),
            Map.entry(DBD_MODIFY_ASSOCS, "DBD_MODIFY_ASSOCS"),
            Map.entry(DBD_MODIFY_CLUSTERS, "DBD_MODIFY_CLUSTERS"),
            Map.entry(DBD_MODIFY_USERS, "DBD_MODIFY_USERS"),
            Map.entry(DBD_NODE_STATE, "DBD_NODE_STATE"),
            Map.entry(PERSIST_RC, "PERSIST_RC"),
            Map.entry(DBD_REGISTER_CTLD, "DBD_REGISTER_CTLD"),
            Map.entry(DBD_REMOVE_ACCOUNTS, "DBD_REMOVE_ACCOUNTS"),
            Map.entry(DBD_REMOVE_ACCOUNT_COORDS, "DBD_REMOVE_ACCOUNT_COORDS"),
            Map.entry(DBD_REMOVE_ASSOCS, "DBD_REMOVE_ASSOCS"),
            Map.entry(DBD_REMOVE_CLUSTERS, "DBD_REMOVE_CLUSTERS"),
            Map.entry(DBD_REMOVE_USERS, "DBD_REMOVE_USERS"),
            Map.entry(DBD_STEP_COMPLETE, "DBD_STEP_COMPLETE"),
            Map.entry(DBD_STEP_START, "DBD_STEP_START"),
            Map.entry(DBD_GET_JOBS_COND, "DBD_GET_JOBS_COND"),
            Map.entry(DBD_ADD_QOS, "DBD_ADD_QOS"),
            Map.entry(DBD_GET_QOS, "DBD_GET_QOS"),
            Map.entry(DBD_GOT_QOS, "DBD_GOT_QOS"),
            Map.entry(DBD_REMOVE_QOS, "DBD_REMOVE_QOS"),
            Map.entry(DBD_MODIFY_QOS, "DBD_MODIFY_QOS"),
            Map.entry(DBD_SEND_MULT_JOB_START, "DBD_SEND_MULT_JOB_START"),
            Map.entry(DBD_GOT_MULT_JOB_START, "DBD_GOT_MULT_JOB_START"),
            Map.entry(DBD_SEND_MULT_MSG, "DBD_SEND_MULT_MSG"),
            Map.entry(DBD_GOT_MULT_MSG, "DBD_GOT_MULT_MSG"),
            Map.entry(DBD_GET_RES, "DBD_GET_RES"),
            Map.entry(DBD_GOT_RES, "DBD_GOT_RES"),
            Map.entry(DBD_GET_TRES, "DBD_GET_TRES"),
            Map.entry(DBD_GOT_TRES, "DBD_GOT_TRES"),
            Map.entry(DBD_GET_FEDERATIONS, "DBD_GET_FEDERATIONS"),
            Map.entry(DBD_GOT_FEDERATIONS, "DBD_GOT_FEDERATIONS"),
            Map.entry(REQUEST_PERSIST_INIT, "REQUEST_PERSIST_INIT"));

    private DbdMessageType() {
    }

    /** The SLURM name of a message id, or "MsgType=<id>" as slurmdbd writes unknown ones. */
    public static String nameOf(int type) {
        final String name = NAMES.get(type);
        return name != null ? name : "MsgType=" + type;
    }
}
