package org.flurm.dbd;

import org.flurm.dbd.testing.ControllerRecordsForTests;
import org.flurm.dbd.testing.DbdFixture;
import org.flurm.dbd.testing.DbdTestClient;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scratch() {
        try (DbdFixture dbd = DbdFixture.start()) {
            try (var c = DbdTestClient.connect(dbd.port(), dbd.munge(), "test")) {
                System.out.println("init " + c.receiveMessage());
                long now = System.currentTimeMillis() / 1000;
                System.out.println(c.call(1425, ControllerRecordsForTests.jobStart(1, "acctjob", 0, "root", now - 100, now - 90)));
                System.out.println(c.call(1442, ControllerRecordsForTests.batchStart(1, now - 100, now - 90)));
                System.out.println(c.call(1441, ControllerRecordsForTests.batchComplete(1, now - 100, now - 90, now - 80, 0)));
                System.out.println(c.call(1424, ControllerRecordsForTests.jobComplete(1, now - 100, now - 90, now - 80, 3, 0)));
                System.out.println(c.call(1424, ControllerRecordsForTests.jobComplete(2, now - 50, now - 40, now - 30, 5, 768)));
            } catch (Exception e) { throw new RuntimeException(e); }
            String[][] cmds = {
                {"sacctmgr", "-i", "add", "cluster", "test"},
                {"sacctmgr", "list", "cluster"},
                {"sacctmgr", "-i", "add", "account", "physics", "Description=physics dept", "Organization=science"},
                {"sacctmgr", "-i", "add", "user", "dbdalice", "Account=physics"},
                {"sacctmgr", "-i", "add", "qos", "high", "Priority=10", "MaxWall=60"},
                {"sacctmgr", "-i", "modify", "user", "dbdalice", "set", "qos=normal,high"},
                {"sacctmgr", "-p", "list", "assoc"},
                {"sacctmgr", "list", "assoc"},
                {"sacctmgr", "list", "user"},
                {"sacctmgr", "-p", "list", "user"},
                {"sacctmgr", "list", "account"},
                {"sacctmgr", "show", "qos"},
                {"sacctmgr", "-P", "show", "qos"},
                {"sacctmgr", "list", "tres"},
                {"sacctmgr", "-i", "add", "coordinator", "user=dbdalice", "account=physics"},
                {"sacctmgr", "list", "user", "withcoord"},
                {"sacctmgr", "-i", "modify", "user", "dbdalice", "set", "adminlevel=operator"},
                {"sacctmgr", "-i", "modify", "qos", "high", "set", "Priority=20"},
                {"sacctmgr", "-n", "-P", "list", "qos", "format=name,priority"},
                {"sacctmgr", "-i", "delete", "user", "dbdalice"},
                {"sacctmgr", "-i", "delete", "account", "physics"},
                {"sacctmgr", "-i", "delete", "qos", "high"},
                {"sacctmgr", "-p", "list", "assoc"},
                {"sacct", "-P"},
                {"sacct"},
                {"sacct", "-X", "-P", "-n"},
                {"sacct", "-j", "2", "--format=JobID,JobName,User,Account,State,ExitCode,Elapsed,AllocCPUS,NodeList"},
                {"sacct", "-s", "F", "-P"},
                {"sacct", "-u", "root", "-S", "2020-01-01", "-E", "now", "-P"},
                {"sacct", "-A", "physics", "-P"},
            };
            for (String[] c : cmds) {
                var r = dbd.run(c);
                System.out.println("=== " + String.join(" ", c) + " -> " + r.exitCode());
                System.out.print(r.stdout());
                System.out.print("ERR: " + r.stderr());
            }
        }
    }
}
