package org.flurm.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.flurm.dbd.testing.DbdFixture;
import org.flurm.dbd.testing.DbdFixture.Result;
import org.flurm.protocol.testing.DbdCaptures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * flurmdbd grants and refuses sacctmgr's changes as slurmdbd does (wire doc §8): a plain user
 * is refused with ESLURM_ACCESS_DENIED, an operator may add accounts but not change admin
 * levels, a coordinator may add users to the accounts it coordinates. The users are made on
 * the host for this test (useradd) and removed after it.
 */
class SacctmgrPermissionTest {

    private static final String PLAIN = "fdbdcarol";
    private static final String OPERATOR = "fdbddave";
    private static final String DENIED = "sacctmgr: error: Your user doesn't have privilege"
            + " to perform this action";

    private static DbdFixture dbd;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        for (String user : List.of(PLAIN, OPERATOR)) {
            host("userdel", user);
            assertThat(host("useradd", "--system", "--no-create-home", user)).isZero();
        }
        dbd = DbdFixture.start();
        for (String[] command : List.of(
                new String[] {"sacctmgr", "-i", "add", "cluster", "dbdref"},
                new String[] {"sacctmgr", "-i", "add", "account", "physics"},
                new String[] {"sacctmgr", "-i", "add", "qos", "high"},
                new String[] {"sacctmgr", "-i", "add", "user", PLAIN, "Account=physics"},
                new String[] {"sacctmgr", "-i", "add", "user", OPERATOR, "Account=physics"},
                new String[] {"sacctmgr", "-i", "modify", "user", OPERATOR, "set",
                        "adminlevel=operator"})) {
            assertThat(dbd.run(command).exitCode()).as(String.join(" ", command)).isZero();
        }
    }

    @AfterAll
    static void stop() throws IOException, InterruptedException {
        try {
            dbd.close();
        } finally {
            host("userdel", PLAIN);
            host("userdel", OPERATOR);
        }
    }

    private static int host(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @Test
    void plainUserCannotAddAnAccount() {
        final Result result = dbd.runAs(PLAIN, "sacctmgr", "-i", "add", "account", "chem",
                "Description=chem", "Organization=science");
        assertThat(result.exitCode()).isEqualTo(1);
        final List<String> captured = DbdCaptures.output("deny_add_account.txt");
        assertThat(result.stderr()).isEqualTo(captured.getFirst() + "\n");
        assertThat(result.lines()).isEqualTo(captured.subList(1, captured.size()));
    }

    @Test
    void plainUserCannotChangeAnAdminLevel() {
        final Result result = dbd.runAs(PLAIN, "sacctmgr", "-i", "modify", "user", OPERATOR,
                "set", "adminlevel=none");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout() + result.stderr()).isEqualTo(
                String.join("\n", DbdCaptures.output("deny_modify_user_admin.txt")) + "\n");
    }

    @Test
    void plainUserCannotGrantQos() {
        final Result result = dbd.runAs(PLAIN, "sacctmgr", "-i", "modify", "user", OPERATOR,
                "set", "qos=high");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout() + result.stderr()).isEqualTo(
                String.join("\n", DbdCaptures.output("deny_modify_user_qos.txt")) + "\n");
    }

    @Test
    void plainUserMayRead() {
        final Result result = dbd.runAs(PLAIN, "sacctmgr", "-n", "-P", "list", "user",
                "format=User,DefaultAccount,AdminLevel");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly(PLAIN + "|physics|None",
                OPERATOR + "|physics|Operator", "root|root|Administrator");
    }

    @Test
    void operatorMayAddAnAccountButNotChangeAdminLevels() {
        final Result added = dbd.runAs(OPERATOR, "sacctmgr", "-i", "add", "account", "chem",
                "Description=chem", "Organization=science");
        assertThat(added.exitCode()).isZero();
        assertThat(added.lines()).isEqualTo(DbdCaptures.output("operator_add_account.txt"));

        final Result promoted = dbd.runAs(OPERATOR, "sacctmgr", "-i", "modify", "user", PLAIN,
                "set", "adminlevel=operator");
        assertThat(promoted.exitCode()).isEqualTo(1);
        assertThat(promoted.stderr()).startsWith(
                "sacctmgr: error: You must be a super user to modify a users admin level");
    }

    @Test
    void coordinatorMayAddUsersToItsAccount() {
        assertThat(dbd.run("sacctmgr", "-i", "add", "account", "optics", "parent=physics")
                .exitCode()).isZero();
        assertThat(dbd.run("sacctmgr", "-i", "add", "coordinator", "user=" + PLAIN,
                "account=physics").exitCode()).isZero();

        try {
            // a sub-account of physics counts as coordinated too
            final Result result = dbd.runAs(PLAIN, "sacctmgr", "-i", "add", "user", "root",
                    "Account=optics");
            assertThat(result.stderr()).isEmpty();
            assertThat(result.exitCode()).isZero();
            final Result outside = dbd.runAs(PLAIN, "sacctmgr", "-i", "add", "account", "geo",
                    "parent=root");
            assertThat(outside.exitCode()).isEqualTo(1);
        } finally {
            assertThat(dbd.run("sacctmgr", "-i", "delete", "coordinator", "user=" + PLAIN,
                    "account=physics").exitCode()).isZero();
        }
    }
}
