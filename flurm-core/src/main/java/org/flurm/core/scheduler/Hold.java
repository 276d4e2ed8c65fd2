package org.flurm.core.scheduler;

/** Whether a job is held, and by whom (an admin hold is SLURM's priority 0). */
public enum Hold { NONE, USER, ADMIN }
