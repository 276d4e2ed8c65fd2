package org.flurm.protocol.message.info;

import java.util.Objects;

import org.flurm.protocol.message.common.EnergyData;
import org.flurm.protocol.message.common.SelectJobInfo;

/**
 * One slot of the controller's node table as {@code sinfo} and {@code scontrol show node}
 * receive it (node record, 45 fields). Unsigned wire numbers are held as in {@code Unpacker}:
 * u16 as non-negative int, u32 as the raw int (NO_VAL reads as -2), u64 as raw long.
 *
 * <p>A record whose name is null is a placeholder for a hidden or future node; it keeps node
 * bitmaps (which index this table) aligned and clients skip it.
 *
 * @param nodeAddr NodeAddr ({@code comm_name} in the controller)
 * @param port the node daemon's port
 * @param nextState the state after a reboot; NO_VAL = none
 * @param nodeState {@link NodeState} base or-ed with its flag bits
 * @param version the node daemon's version text, e.g. "22.05.8"
 * @param cpus configured CPUs
 * @param sockets sockets in total
 * @param cores cores per socket
 * @param threads threads per core
 * @param realMemory MB
 * @param tmpDisk MB
 * @param owner uid that owns the node exclusively; NO_VAL = none
 * @param memSpecLimit MB kept for the system
 * @param cpusEffective usable CPUs (configured minus specialized)
 * @param cpuLoad load average times 100
 * @param freeMem MB
 * @param reasonUid who set {@code reason}
 * @param gresDrain only with SHOW_DETAIL
 * @param gresUsed only with SHOW_DETAIL
 * @param reason why the node is drained or down
 * @param powerCapWatts {@code power_mgmt_data}'s cap; NO_VAL = not set
 * @param tresFmt configured TRES, e.g. "cpu=2,mem=1000M,billing=2"
 */
public record NodeInfo(String name, String nodeHostname, String nodeAddr, String bcastAddress,
                       int port, int nextState, int nodeState, String version, int cpus,
                       int boards, int sockets, int cores, int threads, long realMemory,
                       int tmpDisk, String mcsLabel, int owner, int coreSpecCount, int cpuBind,
                       long memSpecLimit, String cpuSpecList, int cpusEffective, int cpuLoad,
                       long freeMem, int weight, int reasonUid, long bootTime, long lastBusy,
                       long reasonTime, long slurmdStartTime, SelectNodeInfo selectNodeInfo,
                       String arch, String features, String featuresActive, String gres,
                       String gresDrain, String gresUsed, String os, String comment,
                       String extra, String reason, EnergyData energy, ExtSensors extSensors,
                       int powerCapWatts, String tresFmt) {

    public NodeInfo {
        Objects.requireNonNull(selectNodeInfo, "selectNodeInfo");
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(extSensors, "extSensors");
    }

    /**
     * What the select plugin reports of a node's use ({@code select_nodeinfo}): sinfo derives
     * MIXED and ALLOCATED from {@code allocCpus} against {@code cpusEffective}.
     *
     * @param pluginId the select plugin, which the client must have installed (see
     *                 {@link SelectJobInfo})
     * @param allocMemory MB
     * @param tresAllocFmt e.g. "cpu=1"
     */
    public record SelectNodeInfo(int pluginId, int allocCpus, long allocMemory,
                                 String tresAllocFmt, double tresAllocWeighted) {
    }

    /** External sensor readings ({@code ext_sensors_data}). */
    public record ExtSensors(long consumedEnergy, int temperature, long energyUpdateTime,
                             int currentWatts) {
    }
}
