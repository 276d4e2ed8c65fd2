package org.flurm.dbd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.Socket;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.flurm.auth.munge.Munge;
import org.flurm.dbd.testing.DbdFixture;
import org.flurm.dbd.testing.DbdTestClient;
import org.flurm.protocol.dbd.AssocCond;
import org.flurm.protocol.dbd.DbdCodec;
import org.flurm.protocol.dbd.DbdFrame;
import org.flurm.protocol.dbd.DbdList;
import org.flurm.protocol.dbd.DbdMessageType;
import org.flurm.protocol.dbd.Fini;
import org.flurm.protocol.dbd.PersistInit;
import org.flurm.protocol.dbd.PersistInitCodec;
import org.flurm.protocol.dbd.PersistRc;
import org.flurm.protocol.dbd.QosCond;
import org.flurm.protocol.dbd.QosRec;
import org.flurm.protocol.dbd.RegisterCtld;
import org.flurm.protocol.testing.DbdCaptures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The persistent connection behaves as slurmdbd's does (wire doc §2): the init is required
 * first and authenticated, errors are answered with PERSIST_RC and the connection stays
 * open, changes wait for DBD_FINI's commit, and the controller's messages are refused to
 * anyone but root and SlurmUser.
 */
class PersistentConnectionTest {

    private static DbdFixture dbd;

    @BeforeAll
    static void start() {
        dbd = DbdFixture.start();
    }

    @AfterAll
    static void stop() {
        dbd.close();
    }

    private static DbdTestClient connected() throws Exception {
        final DbdTestClient client = DbdTestClient.connect(dbd.port(), dbd.munge(), "dbdref");
        assertThat(client.receiveMessage()).isEqualTo(new PersistRc(null, 0, 0, 0x2600));
        return client;
    }

    @Test
    void aFirstFrameThatIsNotTheInitIsRefused() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", dbd.port())) {
            DbdCodec.frame(DbdMessageType.DBD_FINI, new Fini(0, 0))
                    .write(socket.getOutputStream());
            final DbdFrame reply = DbdFrame.read(socket.getInputStream(), 1 << 20);
            assertThat(DbdCodec.decode(reply.msgType(), reply.body())).isEqualTo(
                    new PersistRc("Initial RPC not REQUEST_PERSIST_INIT", 0, 22, 6500));
        }
    }

    @Test
    void aCapturedCredentialFromAnotherMungeKeyIsRefused() throws Exception {
        final var captured = DbdCaptures.read("sacctmgr_list_user.txt").getFirst();
        try (Socket socket = new Socket("127.0.0.1", dbd.port())) {
            socket.getOutputStream().write(captured.frame());
            final DbdFrame reply = DbdFrame.read(socket.getInputStream(), 1 << 20);
            assertThat(DbdCodec.decode(reply.msgType(), reply.body())).isEqualTo(
                    new PersistRc("Authentication failure", 0, 2002, 6500));
            Assertions.assertThatThrownBy(() -> DbdFrame.read(socket.getInputStream(), 1 << 20))
                    .isInstanceOf(EOFException.class);
        }
    }

    @Test
    void anInitForAnotherProtocolVersionIsRefused() throws Exception {
        final Munge munge = dbd.munge();
        final byte[] body = PersistInitCodec.body(0x2500, "dbdref",
                PersistInit.PERSIST_TYPE_DBD, 0);
        final String credential = new org.flurm.auth.MessageAuthenticator(munge,
                org.flurm.auth.HashPolicy.DEFAULT).sign(6500, body, Munge.ANY_UID);
        try (Socket socket = new Socket("127.0.0.1", dbd.port())) {
            new DbdFrame(6500, PersistInitCodec.encode(3, credential, body))
                    .write(socket.getOutputStream());
            final DbdFrame reply = DbdFrame.read(socket.getInputStream(), 1 << 20);
            final PersistRc rc = (PersistRc) DbdCodec.decode(reply.msgType(), reply.body());
            assertThat(rc.rc()).isEqualTo(1005);
            assertThat(rc.retInfo()).isEqualTo(6500);
        }
    }

    @Test
    void anUnknownMessageIsAnsweredAndTheConnectionStaysOpen() throws Exception {
        try (DbdTestClient client = connected()) {
            client.send(new DbdFrame(1499, new byte[0]));
            assertThat(client.receiveMessage()).isEqualTo(
                    new PersistRc("Failed to unpack MsgType=1499 message", 0, -1, 1499));
            client.send(new DbdFrame(6500, new byte[0]));
            assertThat(client.receiveMessage()).isEqualTo(new PersistRc(
                    "REQUEST_PERSIST_INIT sent after connection established", 0, 22, 6500));
            assertThat(client.call(DbdMessageType.DBD_FINI, new Fini(0, 0)))
                    .isEqualTo(new PersistRc(null, 0, 0, DbdMessageType.DBD_FINI));
        }
    }

    private static final QosCond ALL_QOS = new QosCond(null, null, null, null, 0, 0);

    private static QosRec newQos(String name) {
        final int nv = org.flurm.protocol.pack.Sentinels.NO_VAL;
        return new QosRec(null, 0, QosRec.FLAG_NOTSET, nv, null, null, null, nv, nv, nv, nv,
                null, null, null, null, null, null, null, nv, nv, nv, nv, nv, nv, nv, nv,
                null, name, null, null, 0xFFFE, nv, 5, 4294967294.0, 4294967294.0,
                4294967294.0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> qosNames(DbdTestClient client) throws Exception {
        return ((DbdList<QosRec>) client.call(DbdMessageType.DBD_GET_QOS, ALL_QOS)).items()
                .stream().map(QosRec::name).toList();
    }

    @Test
    void changesAreSeenByOthersOnlyAfterTheCommit() throws Exception {
        try (DbdTestClient writer = connected(); DbdTestClient reader = connected()) {
            assertThat(writer.call(DbdMessageType.DBD_ADD_QOS,
                    DbdList.of(List.of(newQos("pending")))))
                    .isEqualTo(new PersistRc(null, 0, 0, DbdMessageType.DBD_ADD_QOS));
            assertThat(qosNames(writer)).contains("pending");
            assertThat(qosNames(reader)).doesNotContain("pending");

            writer.call(DbdMessageType.DBD_FINI, new Fini(0, 1));
            assertThat(qosNames(reader)).contains("pending");
        }
    }

    @Test
    void aRollbackDiscardsTheChanges() throws Exception {
        try (DbdTestClient client = connected()) {
            client.call(DbdMessageType.DBD_ADD_QOS, DbdList.of(List.of(newQos("discarded"))));
            client.call(DbdMessageType.DBD_FINI, new Fini(0, 0));
            assertThat(qosNames(client)).doesNotContain("discarded");
        }
    }

    @Test
    void closingWithoutACommitDiscardsTheChanges() throws Exception {
        try (DbdTestClient client = connected()) {
            client.call(DbdMessageType.DBD_ADD_QOS, DbdList.of(List.of(newQos("unsaved"))));
            client.send(DbdCodec.frame(DbdMessageType.DBD_FINI, new Fini(1, 0)));
        }
        try (DbdTestClient client = connected()) {
            assertThat(qosNames(client)).doesNotContain("unsaved");
        }
    }

    @Test
    void assocReadsNeedNoPrivilege() throws Exception {
        try (DbdTestClient client = connected()) {
            final Object reply = client.call(DbdMessageType.DBD_GET_ASSOCS, new AssocCond(null,
                    List.of("nosuchcluster"), null, null, null, 0, null, null, null, 0, 0, null,
                    0, 0, 0, 0, 0, 0));
            assertThat(reply).isEqualTo(new DbdList<>(List.of(), 0));
        }
    }

    @Test
    void registeringTheControllerRecordsWhereItListens() throws Exception {
        try (DbdTestClient client = connected()) {
            assertThat(client.call(DbdMessageType.DBD_REGISTER_CTLD,
                    new RegisterCtld(1, 0x80, 109, 7817)))
                    .isEqualTo(new PersistRc(null, 0, 0, DbdMessageType.DBD_REGISTER_CTLD));
        }
        final var result = dbd.run("sacctmgr", "-n", "-P", "list", "cluster",
                "format=Cluster,ControlHost,ControlPort,RPC");
        assertThat(result.lines()).containsExactly("dbdref|127.0.0.1|7817|9728");
    }
}
