/**
 * What every daemon shares beyond authentication: the audit log, per-user rate limits, the
 * protection of job secrets, and the checks that refuse an unsafe start-up.
 */
package org.flurm.security;
