package org.flurm.dbd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.flurm.dbd.storage.AccountingSession;
import org.flurm.dbd.storage.Storage;
import org.flurm.dbd.testing.ControllerRecordsForTests;
import org.flurm.protocol.dbd.DbdCodec;
import org.flurm.protocol.dbd.DbdMessageType;
import org.flurm.protocol.dbd.IdRc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only root and SlurmUser may send the controller's records (wire doc §8.2). */
class ControllerPermissionTest {

    @TempDir Path dir;

    @Test
    void aJobRecordFromAnotherUserIsDenied() throws Exception {
        try (Storage storage = Storage.embedded(dir);
             AccountingSession session = storage.session()) {
            final RequestHandler handler = new RequestHandler(session,
                    new Caller(1002, "dbdalice", false), "dbdref", "127.0.0.1",
                    Passwd.system(), null);

            assertThatThrownBy(() -> handler.handle(DbdMessageType.DBD_JOB_START,
                    ControllerRecordsForTests.jobStart(1, "j", 1002, "root", 100, 101)))
                    .isInstanceOf(AccessDenied.class)
                    .hasMessage("DBD_JOB_START message from invalid uid");
        }
    }

    @Test
    void theSlurmUserMayStoreAJob() throws Exception {
        try (Storage storage = Storage.embedded(dir);
             AccountingSession session = storage.session()) {
            final RequestHandler handler = new RequestHandler(session,
                    new Caller(64030, "slurm", true), "dbdref", "127.0.0.1", Passwd.system(),
                    null);

            final var reply = handler.handle(DbdMessageType.DBD_JOB_START,
                    ControllerRecordsForTests.jobStart(7, "j", 1002, "root", 100, 101));

            assertThat(DbdCodec.decode(reply.msgType(), reply.body()))
                    .isEqualTo(new IdRc(7, 1, 0, 0));
        }
    }
}
