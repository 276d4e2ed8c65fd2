-- The accounting schema: the cluster -> account -> user hierarchy as associations, QOS, and
-- the job records the controller sends. Plain SQL that H2, PostgreSQL and MariaDB all read.

CREATE TABLE cluster (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    control_host  VARCHAR(255),
    control_port  INT          NOT NULL DEFAULT 0,
    rpc_version   INT          NOT NULL DEFAULT 0,
    flags         INT          NOT NULL DEFAULT 0,
    nodes         VARCHAR(4096),
    tres          VARCHAR(1024),
    plugin_id_select INT       NOT NULL DEFAULT 0
);

CREATE TABLE account (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    description   VARCHAR(255),
    organization  VARCHAR(255)
);

CREATE TABLE acct_user (
    name          VARCHAR(64)  NOT NULL PRIMARY KEY,
    admin_level   INT          NOT NULL DEFAULT 1,
    default_acct  VARCHAR(64)
);

CREATE TABLE coordinator (
    user_name     VARCHAR(64)  NOT NULL,
    account       VARCHAR(64)  NOT NULL,
    PRIMARY KEY (user_name, account)
);

-- user_name and partition are '' for account associations and whole-account rows
CREATE TABLE assoc (
    id            INT          NOT NULL PRIMARY KEY,
    cluster       VARCHAR(64)  NOT NULL,
    account       VARCHAR(64)  NOT NULL,
    user_name     VARCHAR(64)  NOT NULL DEFAULT '',
    partition_name VARCHAR(64) NOT NULL DEFAULT '',
    parent_acct   VARCHAR(64),
    shares        INT          NOT NULL DEFAULT 1,
    grp_tres      VARCHAR(1024),
    grp_jobs      INT          NOT NULL DEFAULT -1,
    grp_submit_jobs INT        NOT NULL DEFAULT -1,
    grp_wall      INT          NOT NULL DEFAULT -1,
    max_jobs      INT          NOT NULL DEFAULT -1,
    max_submit_jobs INT        NOT NULL DEFAULT -1,
    max_wall      INT          NOT NULL DEFAULT -1,
    max_tres_pj   VARCHAR(1024),
    priority      INT          NOT NULL DEFAULT -1,
    qos_ids       VARCHAR(1024),
    def_qos_id    INT          NOT NULL DEFAULT 0,
    is_def        INT          NOT NULL DEFAULT 0,
    UNIQUE (cluster, account, user_name, partition_name)
);

CREATE TABLE qos (
    id            INT          NOT NULL PRIMARY KEY,
    name          VARCHAR(64)  NOT NULL UNIQUE,
    description   VARCHAR(255),
    priority      INT          NOT NULL DEFAULT 0,
    flags         INT          NOT NULL DEFAULT 0,
    grace_time    INT          NOT NULL DEFAULT 0,
    grp_tres      VARCHAR(1024),
    grp_jobs      INT          NOT NULL DEFAULT -1,
    grp_submit_jobs INT        NOT NULL DEFAULT -1,
    grp_wall      INT          NOT NULL DEFAULT -1,
    max_tres_pj   VARCHAR(1024),
    max_tres_pu   VARCHAR(1024),
    max_jobs_pu   INT          NOT NULL DEFAULT -1,
    max_submit_jobs_pu INT     NOT NULL DEFAULT -1,
    max_wall_pj   INT          NOT NULL DEFAULT -1,
    preempt_mode  INT          NOT NULL DEFAULT 0,
    usage_factor  DOUBLE PRECISION NOT NULL DEFAULT 1.0,
    usage_thres   DOUBLE PRECISION NOT NULL DEFAULT 4294967295.0
);

INSERT INTO qos (id, name, description) VALUES (1, 'normal', 'Normal QOS default');

-- (cluster, job_id, submit_time) names a job; records may arrive in any order
CREATE TABLE job (
    db_index      BIGINT       NOT NULL PRIMARY KEY,
    cluster       VARCHAR(64)  NOT NULL,
    job_id        INT          NOT NULL,
    submit_time   BIGINT       NOT NULL,
    account       VARCHAR(64),
    assoc_id      INT          NOT NULL DEFAULT 0,
    job_name      VARCHAR(1024),
    partition_name VARCHAR(1024),
    qos_id        INT          NOT NULL DEFAULT 0,
    uid           INT          NOT NULL DEFAULT 0,
    gid           INT          NOT NULL DEFAULT 0,
    state         INT          NOT NULL DEFAULT 0,
    exit_code     INT          NOT NULL DEFAULT 0,
    derived_ec    INT          NOT NULL DEFAULT 0,
    nodes         VARCHAR(4096),
    alloc_nodes   INT          NOT NULL DEFAULT 0,
    req_cpus      INT          NOT NULL DEFAULT 0,
    req_mem       BIGINT       NOT NULL DEFAULT 0,
    tres_alloc    VARCHAR(1024),
    tres_req      VARCHAR(1024),
    eligible_time BIGINT       NOT NULL DEFAULT 0,
    start_time    BIGINT       NOT NULL DEFAULT 0,
    end_time      BIGINT       NOT NULL DEFAULT 0,
    timelimit     INT          NOT NULL DEFAULT -1,
    priority      INT          NOT NULL DEFAULT 0,
    requid        INT          NOT NULL DEFAULT -1,
    submit_line   VARCHAR(4096),
    work_dir      VARCHAR(4096),
    UNIQUE (cluster, job_id, submit_time)
);

CREATE TABLE step (
    job_db_index  BIGINT       NOT NULL,
    step_id       INT          NOT NULL,
    step_het_comp INT          NOT NULL,
    step_name     VARCHAR(1024),
    nodes         VARCHAR(4096),
    nnodes        INT          NOT NULL DEFAULT 0,
    ntasks        INT          NOT NULL DEFAULT 0,
    start_time    BIGINT       NOT NULL DEFAULT 0,
    end_time      BIGINT       NOT NULL DEFAULT 0,
    state         INT          NOT NULL DEFAULT 1,
    exit_code     INT          NOT NULL DEFAULT 0,
    requid        INT          NOT NULL DEFAULT -1,
    task_dist     INT          NOT NULL DEFAULT 0,
    tres_alloc    VARCHAR(1024),
    submit_line   VARCHAR(4096),
    user_cpu_sec  BIGINT       NOT NULL DEFAULT 0,
    user_cpu_usec INT          NOT NULL DEFAULT 0,
    sys_cpu_sec   BIGINT       NOT NULL DEFAULT 0,
    sys_cpu_usec  INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (job_db_index, step_id, step_het_comp)
);

-- as slurmdbd starts: the root account, and root as administrator with it as default
INSERT INTO account (name, description, organization)
    VALUES ('root', 'default root account', 'root');
INSERT INTO acct_user (name, admin_level, default_acct) VALUES ('root', 3, 'root');
