package org.flurm.protocol.dbd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.testing.DbdCaptures;
import org.flurm.protocol.testing.DbdCaptures.DbdCapturedFrame;
import org.junit.jupiter.api.Test;

/** The ACCOUNTING_UPDATE_MSG bodies slurmdbd sent slurmctld decode and re-encode exactly. */
class AccountingUpdateCodecTest {

    private static List<DbdCapturedFrame> updates() {
        final List<DbdCapturedFrame> all = new ArrayList<>();
        for (var file : DbdCaptures.files()) {
            DbdCaptures.controllerRpcs(file.getFileName().toString()).stream()
                    .filter(f -> f.msgType() == AccountingUpdate.ACCOUNTING_UPDATE_MSG)
                    .forEach(all::add);
        }
        return all;
    }

    private static byte[] body(DbdCapturedFrame captured) throws DecodeException {
        final Frame frame = new FrameCodec().decode(
                Arrays.copyOfRange(captured.frame(), 4, captured.frame().length));
        return frame.body();
    }

    @Test
    void everyCapturedUpdateRoundTrips() throws DecodeException {
        final List<DbdCapturedFrame> updates = updates();
        assertThat(updates).hasSize(9);
        for (DbdCapturedFrame captured : updates) {
            final byte[] body = body(captured);
            assertThat(AccountingUpdateCodec.encode(AccountingUpdateCodec.decode(body)))
                    .as("%s", captured).isEqualTo(body);
        }
    }

    @Test
    void addQosCarriesTheNewQos() throws DecodeException {
        final DbdCapturedFrame captured = DbdCaptures.controllerRpcs("sacctmgr_add_qos.txt")
                .stream().filter(f -> f.msgType() == AccountingUpdate.ACCOUNTING_UPDATE_MSG)
                .findFirst().orElseThrow();
        final List<AccountingUpdate> updates = AccountingUpdateCodec.decode(body(captured));
        assertThat(updates).extracting(AccountingUpdate::type)
                .containsExactly(AccountingUpdate.ADD_QOS);
        final QosRec high = (QosRec) updates.getFirst().records().getFirst();
        assertThat(high.name()).isEqualTo("high");
        assertThat(high.id()).isEqualTo(2);
        assertThat(high.priority()).isEqualTo(10);
    }

    @Test
    void addUserCarriesTheUserAndItsAssociations() throws DecodeException {
        final DbdCapturedFrame captured = DbdCaptures.controllerRpcs("sacctmgr_add_user.txt")
                .stream().filter(f -> f.msgType() == AccountingUpdate.ACCOUNTING_UPDATE_MSG)
                .findFirst().orElseThrow();
        assertThat(AccountingUpdateCodec.decode(body(captured)))
                .extracting(AccountingUpdate::type).containsExactly(AccountingUpdate.ADD_USER,
                        AccountingUpdate.ADD_ASSOC, AccountingUpdate.MODIFY_ASSOC);
    }
}
