package org.flurm.config.slurm;

/**
 * How SLURM 22.05 reads the value of a key. Numbers follow C's {@code strtoul} with base 0
 * (so {@code 0x10} is hexadecimal and {@code 010} octal), {@code UNLIMITED} and
 * {@code INFINITE} give the type's largest value, and UINT32/UINT64 accept a {@code k}
 * suffix (times 1024).
 */
public enum ValueType {
    /** Any text; checked later, if at all, by the code that uses the key. */
    STRING,
    /** 0..65535. */
    UINT16,
    /** 0..4294967295. */
    UINT32,
    /** 0..2^64-1. */
    UINT64,
    /** yes/up/true/1 or no/down/false/0, any case. */
    BOOLEAN,
    /** A record line such as NodeName or PartitionName, with its own keys. */
    RECORD,
    /** Known to SLURM but ignored with a warning. */
    DEFUNCT
}
