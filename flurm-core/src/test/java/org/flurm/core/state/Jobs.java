package org.flurm.core.state;

import java.util.List;

import org.flurm.protocol.message.info.JobState;
import org.flurm.protocol.message.info.JobStateReason;

/** Jobs as a submission asks for them, for tests. */
public final class Jobs {

    public static final int NO_VAL = -2;

    private Jobs() {
    }

    /** A one-CPU batch job of {@code uid} named {@code name}; held when asked. */
    public static Job requested(String name, int uid, String partition, boolean held) {
        return new Job(0, name, uid, uid, "user" + uid, partition, null, JobState.PENDING,
                JobStateReason.WAIT_NO_REASON, held ? 0 : 1, 0,
                new Job.Times(0, 0, 0, 0, NO_VAL, NO_VAL, 0),
                new Job.Resources(1, 0, 1, 1, 1, 0xFFFFFFFFFFFFFFFEL, 0xFFFE, false, null, null,
                        null),
                null,
                new Job.Launch("/tmp", null, "/dev/null", null, "#!/bin/sh\ntrue\n", List.of(),
                        List.of("SECRET=x")),
                "localhost", 42, 0, NO_VAL, null, 0, true, 0, 0, null, null);
    }
}
