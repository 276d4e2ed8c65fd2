package org.flurm.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.dbd.testing.DbdFixture;
import org.flurm.dbd.testing.DbdFixture.Result;
import org.flurm.protocol.testing.DbdCaptures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The stock sacctmgr builds and reads the account hierarchy through flurmdbd, replaying the
 * session of the slurmdbd captures; where a capture holds the command's output, flurmdbd's
 * run must print exactly the same.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SacctmgrTest {

    private static DbdFixture dbd;

    @BeforeAll
    static void start() {
        dbd = DbdFixture.start();
    }

    @AfterAll
    static void stop() {
        dbd.close();
    }

    private static void printsAsCaptured(String capture, String... command) {
        final Result result = dbd.run(command);
        assertThat(result.stderr()).as("stderr of %s", String.join(" ", command)).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).isEqualTo(DbdCaptures.output(capture));
    }

    @Test
    @Order(1)
    void addCluster() {
        printsAsCaptured("sacctmgr_add_cluster.txt", "sacctmgr", "-i", "add", "cluster",
                "dbdref");
    }

    @Test
    @Order(2)
    void addAccount() {
        printsAsCaptured("sacctmgr_add_account.txt", "sacctmgr", "-i", "add", "account",
                "physics", "Description=physics dept", "Organization=science");
    }

    @Test
    @Order(3)
    void addQos() {
        final Result result = dbd.run("sacctmgr", "-i", "add", "qos", "high", "Priority=10",
                "MaxWall=60");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly(" Adding QOS(s)", "  high", " Settings",
                "  Description    = high", "  MaxWall                  = 01:00:00",
                "  Priority                 = 10");
    }

    @Test
    @Order(4)
    void addUsers() {
        printsAsCaptured("sacctmgr_add_user.txt", "sacctmgr", "-i", "add", "user", "dbdalice",
                "Account=physics");
        printsAsCaptured("sacctmgr_add_user2.txt", "sacctmgr", "-i", "add", "user", "dbdbob",
                "Account=physics");
    }

    @Test
    @Order(5)
    void modifyUsers() {
        printsAsCaptured("sacctmgr_modify_user_qos.txt", "sacctmgr", "-i", "modify", "user",
                "dbdalice", "set", "qos=normal,high");
        printsAsCaptured("sacctmgr_modify_user_admin.txt", "sacctmgr", "-i", "modify", "user",
                "dbdbob", "set", "adminlevel=operator");
    }

    @Test
    @Order(6)
    void listsPrintAsCaptured() {
        printsAsCaptured("sacctmgr_list_assoc_p.txt", "sacctmgr", "-p", "list", "assoc");
        printsAsCaptured("sacctmgr_list_assoc.txt", "sacctmgr", "list", "assoc");
        printsAsCaptured("sacctmgr_list_user.txt", "sacctmgr", "list", "user");
        printsAsCaptured("sacctmgr_list_user_p.txt", "sacctmgr", "-p", "list", "user");
        printsAsCaptured("sacctmgr_list_account.txt", "sacctmgr", "list", "account");
        printsAsCaptured("sacctmgr_list_account_p.txt", "sacctmgr", "-p", "list", "account");
        printsAsCaptured("sacctmgr_list_qos.txt", "sacctmgr", "list", "qos");
        printsAsCaptured("sacctmgr_list_qos_p.txt", "sacctmgr", "-p", "list", "qos");
        printsAsCaptured("sacctmgr_list_tres.txt", "sacctmgr", "list", "tres");
    }

    @Test
    @Order(7)
    void showQosParsableWithoutHeader() {
        final Result result = dbd.run("sacctmgr", "-n", "-P", "show", "qos",
                "format=Name,Priority,MaxWall");
        assertThat(result.lines()).containsExactly("normal|0|", "high|10|01:00:00");
    }

    @Test
    @Order(8)
    void coordinatorIsListedWithTheUser() {
        final Result added = dbd.run("sacctmgr", "-i", "add", "coordinator", "user=dbdalice",
                "account=physics");
        assertThat(added.exitCode()).isZero();
        assertThat(added.lines()).containsExactly(" Adding Coordinator User(s)", "  dbdalice",
                " To Account(s) and all sub-accounts", "  physics");
        assertThat(dbd.run("sacctmgr", "-n", "-P", "list", "user", "withcoord",
                "format=User,Coord").lines())
                .containsExactly("dbdalice|physics", "dbdbob|", "root|");

        final Result removed = dbd.run("sacctmgr", "-i", "delete", "coordinator",
                "user=dbdalice", "account=physics");
        assertThat(removed.exitCode()).isZero();
        assertThat(dbd.run("sacctmgr", "-n", "-P", "list", "user", "withcoord",
                "format=User,Coord").lines())
                .containsExactly("dbdalice|", "dbdbob|", "root|");
    }

    @Test
    @Order(9)
    void modifyQosAndAccount() {
        assertThat(dbd.run("sacctmgr", "-i", "modify", "qos", "high", "set", "Priority=20")
                .lines()).containsExactly(" Modified qos...", "  high");
        assertThat(dbd.run("sacctmgr", "-n", "-P", "list", "qos", "format=Name,Priority")
                .lines()).containsExactly("normal|0", "high|20");
        assertThat(dbd.run("sacctmgr", "-i", "modify", "account", "physics", "set",
                "Organization=natural-science").exitCode()).isZero();
        assertThat(dbd.run("sacctmgr", "-n", "-P", "list", "account", "physics").lines())
                .containsExactly("physics|physics dept|natural-science");
    }

    @Test
    @Order(10)
    void associationLimitsAreStoredAndListed() {
        final Result result = dbd.run("sacctmgr", "-i", "modify", "user", "dbdbob", "set",
                "MaxJobs=5", "MaxSubmitJobs=10", "GrpJobs=7", "MaxWall=2:00:00",
                "GrpTRES=cpu=4", "MaxTRES=cpu=2", "Fairshare=5", "DefaultQOS=high",
                "QOS+=high");
        assertThat(result.exitCode()).isZero();
        assertThat(dbd.run("sacctmgr", "-n", "-P", "list", "assoc", "user=dbdbob",
                "format=User,Account,GrpJobs,MaxJobs,MaxSubmit,MaxWall,GrpTRES,MaxTRES,Share,"
                        + "QOS,DefaultQOS").lines())
                .containsExactly("dbdbob|physics|7|5|10|02:00:00|cpu=4|cpu=2|5|high,normal|high");

        // -1 clears a limit
        assertThat(dbd.run("sacctmgr", "-i", "modify", "user", "dbdbob", "set", "MaxJobs=-1")
                .exitCode()).isZero();
        assertThat(dbd.run("sacctmgr", "-n", "-P", "list", "assoc", "user=dbdbob",
                "format=MaxJobs,MaxSubmit").lines()).containsExactly("|10");
    }

    @Test
    @Order(11)
    void deleteUserAndAccount() {
        printsAsCaptured("sacctmgr_delete_user.txt", "sacctmgr", "-i", "delete", "user",
                "dbdbob");
        final Result result = dbd.run("sacctmgr", "-i", "delete", "account", "physics");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly(" Deleting accounts...", "  physics");
        assertThat(dbd.run("sacctmgr", "-n", "-P", "list", "assoc",
                "format=Account,User").lines()).containsExactly("root|", "root|root");
    }
}
