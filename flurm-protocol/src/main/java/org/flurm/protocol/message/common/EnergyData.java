package org.flurm.protocol.message.common;

import org.flurm.protocol.pack.DecodeException;
import org.flurm.protocol.pack.Packer;
import org.flurm.protocol.pack.Unpacker;

/**
 * A node's energy counters ({@code acct_gather_energy_t}), as slurmd registers them and node
 * info reports them; all zero when no energy plugin runs. The layout is the same in every
 * release from 20.11 on.
 */
public record EnergyData(long baseConsumedEnergy, int aveWatts, long consumedEnergy,
                         int currentWatts, long previousConsumedEnergy, long pollTime) {

    /** What a node without an energy plugin reports. */
    public static final EnergyData NONE = new EnergyData(0, 0, 0, 0, 0, 0);

    public static EnergyData read(Unpacker in) throws DecodeException {
        return new EnergyData(in.u64(), in.u32(), in.u64(), in.u32(), in.u64(), in.time());
    }

    public void write(Packer out) {
        out.u64(baseConsumedEnergy).u32(aveWatts).u64(consumedEnergy).u32(currentWatts)
                .u64(previousConsumedEnergy).time(pollTime);
    }
}
