package org.flurm.config.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key tables: SLURM 22.05's keys with their value types, found in any case. */
class SlurmConfKeysTest {

    @Test
    void mainTableHoldsSlurm2205sKeysAndRecordKeys() {
        assertThat(SlurmConfKeys.MAIN.keys()).hasSize(226);
        assertThat(SlurmConfKeys.MAIN.keys()).filteredOn(k -> k.type() == ValueType.RECORD)
                .extracting(KeySpec::name).containsExactly("DownNodes", "FrontendName",
                        "NodeName", "NodeSet", "PartitionName", "SlurmctldHost");
    }

    @Test
    void keysAreFoundInAnyCaseUnderSlurmsSpelling() {
        assertThat(SlurmConfKeys.MAIN.find("slurmctldport"))
                .contains(new KeySpec("SlurmctldPort", ValueType.STRING));
        assertThat(SlurmConfKeys.NODE.find("REALMEMORY"))
                .contains(new KeySpec("RealMemory", ValueType.UINT64));
        assertThat(SlurmConfKeys.PARTITION.find("maxnodes"))
                .contains(new KeySpec("MaxNodes", ValueType.UINT32));
    }

    @Test
    void keysGoneBefore2205AreUnknown() {
        assertThat(SlurmConfKeys.MAIN.find("CacheGroups")).isEmpty();
        assertThat(SlurmConfKeys.MAIN.find("SchedulerPort")).isEmpty();
        assertThat(SlurmConfKeys.MAIN.find("HashBase")).isEmpty();
    }

    @Test
    void keysRemovedIn2205AreStillKnownSoTheyCanBeRefusedByName() {
        assertThat(SlurmConfKeys.MAIN.find("AccountingStorageLoc")).isPresent();
        assertThat(SlurmConfKeys.MAIN.find("AccountingStoreJobComment"))
                .contains(new KeySpec("AccountingStoreJobComment", ValueType.BOOLEAN));
        assertThat(SlurmConfKeys.MAIN.find("FastSchedule"))
                .contains(new KeySpec("FastSchedule", ValueType.UINT16));
    }
}
