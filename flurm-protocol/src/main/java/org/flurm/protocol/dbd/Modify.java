package org.flurm.protocol.dbd;

/** The modify message: which records ({@code cond}) and what to set ({@code rec}). */
public record Modify<C, R>(C cond, R rec) {
}
