package org.flurm.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import org.flurm.dbd.testing.DbdFixture;
import org.flurm.dbd.testing.DbdFixture.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A user in several accounts, a changed default account, an association removed alone,
 * clusters added and deleted, and duplicates refused, all with the stock sacctmgr.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SacctmgrHierarchyTest {

    private static DbdFixture dbd;

    @BeforeAll
    static void start() {
        dbd = DbdFixture.start();
    }

    @AfterAll
    static void stop() {
        dbd.close();
    }

    private static Result sacctmgr(String... args) {
        final String[] command = new String[args.length + 1];
        command[0] = "sacctmgr";
        System.arraycopy(args, 0, command, 1, args.length);
        return dbd.run(command);
    }

    @Test
    @Order(0)
    void aClusterIsAddedOnce() {
        assertThat(sacctmgr("-i", "add", "cluster", "dbdref").exitCode()).isZero();
        final Result again = sacctmgr("-i", "add", "cluster", "dbdref");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.lines()).containsExactly(
                " This cluster dbdref already exists.  Not adding.");
        assertThat(sacctmgr("-i", "add", "account", "physics").exitCode()).isZero();
        assertThat(sacctmgr("-i", "add", "account", "chem").exitCode()).isZero();
    }

    @Test
    @Order(1)
    void aUserMayBeInSeveralAccounts() {
        assertThat(sacctmgr("-i", "add", "user", "alice", "Account=physics").exitCode())
                .isZero();
        final Result second = sacctmgr("-i", "add", "user", "alice", "Account=chem");
        assertThat(second.exitCode()).isZero();
        assertThat(second.lines()).containsExactly(" Associations =",
                "  U = alice     A = chem       C = dbdref    ", " Non Default Settings");

        assertThat(sacctmgr("-n", "-P", "list", "assoc", "format=Account,User").lines())
                .containsExactly("root|", "root|root", "chem|", "chem|alice", "physics|",
                        "physics|alice");
        assertThat(sacctmgr("-n", "-P", "list", "user", "alice").lines())
                .containsExactly("alice|physics|None");
    }

    @Test
    @Order(2)
    void theDefaultAccountCanChange() {
        assertThat(sacctmgr("-i", "modify", "user", "alice", "set", "defaultaccount=chem")
                .lines()).containsExactly(" Modified users...", "  alice");
        assertThat(sacctmgr("-n", "-P", "list", "user", "alice").lines())
                .containsExactly("alice|chem|None");
    }

    @Test
    @Order(3)
    void oneAssociationOfAUserCanBeRemoved() {
        final Result result = sacctmgr("-i", "delete", "user", "alice", "account=physics");
        assertThat(result.exitCode()).isZero();
        assertThat(result.lines()).containsExactly(" Deleting user associations...",
                "  C = dbdref     A = physics              U = alice    ");
        assertThat(sacctmgr("-n", "-P", "list", "assoc", "format=Account,User").lines())
                .containsExactly("root|", "root|root", "chem|", "chem|alice", "physics|");
    }

    @Test
    @Order(4)
    void aClusterCanBeDeleted() {
        assertThat(sacctmgr("-i", "add", "cluster", "other").exitCode()).isZero();
        assertThat(sacctmgr("-i", "delete", "cluster", "other").lines())
                .containsExactly(" Deleting clusters...", "  other");
        assertThat(sacctmgr("-n", "-P", "list", "cluster", "format=Cluster").lines())
                .containsExactly("dbdref");
    }

    @Test
    @Order(5)
    void aQosIsAddedOnce() {
        assertThat(sacctmgr("-i", "add", "qos", "high").exitCode()).isZero();
        final Result again = sacctmgr("-i", "add", "qos", "high");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.lines()).containsExactly(" Nothing new added.");
    }

    @Test
    @Order(6)
    void changesAnsweredNoAreDiscarded() {
        // without -i sacctmgr asks before committing
        final Result result = dbd.runWithInput("n\n", "sacctmgr", "add", "account",
                "unconfirmed");
        assertThat(result.stdout()).contains("Would you like to commit changes?");
        assertThat(result.stdout()).contains("Changes Discarded");
        assertThat(sacctmgr("-n", "-P", "list", "account", "unconfirmed").lines()).isEmpty();
    }

    @Test
    @Order(7)
    void changesAnsweredYesAreCommitted() {
        final Result result = dbd.runWithInput("y\n", "sacctmgr", "add", "account",
                "confirmed");
        assertThat(result.stdout()).contains("Would you like to commit changes?");
        assertThat(sacctmgr("-n", "-P", "list", "account", "confirmed",
                "format=Account").lines()).containsExactly("confirmed");
    }
}
