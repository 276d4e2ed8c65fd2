package org.flurm.dbd.server;

/** A request the caller may not make: answered with ESLURM_ACCESS_DENIED, then closed. */
final class AccessDenied extends Exception {

    private static final long serialVersionUID = 1L;

    /** SLURM's text for ESLURM_ACCESS_DENIED from slurmdbd. */
    static final String NO_PRIVILEGE = "Your user doesn't have privilege to perform this action";

    AccessDenied(String message) {
        super(message);
    }

    AccessDenied() {
        this(NO_PRIVILEGE);
    }
}
