package org.flurm.config.slurm;

/**
 * One slurmctld host in failover order: the name it answers to and the address to reach it.
 * From {@code SlurmctldHost=name} or {@code SlurmctldHost=name(address)}, or from the older
 * ControlMachine/ControlAddr and BackupController/BackupAddr keys.
 */
public record ControllerHost(String name, String address) {
}
