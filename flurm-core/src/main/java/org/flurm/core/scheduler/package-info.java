/**
 * The scheduler as a pure function: a {@link org.flurm.core.scheduler.SchedulingInput} snapshot
 * goes in, a {@link org.flurm.core.scheduler.SchedulingResult} with one decision per pending job
 * comes out. No I/O, no threads, no clock: the current time is part of the input, so the same
 * input always gives the same decisions. {@link org.flurm.core.scheduler.SubmitCheck} is the
 * separate test made when a job is submitted.
 */
package org.flurm.core.scheduler;
