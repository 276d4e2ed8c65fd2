/**
 * The slurmdbd protocol of SLURM 22.05 (shared/protocol/slurmdbd-22.05-wire.md): persistent
 * connection frames, the records of {@code slurmdb_pack.c} and the DBD message bodies that
 * sacct, sacctmgr and slurmctld exchange with the accounting daemon.
 */
package org.flurm.protocol.dbd;
