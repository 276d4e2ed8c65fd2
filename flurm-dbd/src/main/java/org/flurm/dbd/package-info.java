/**
 * flurmdbd: speaks the slurmdbd protocol to sacct, sacctmgr and the controller, and keeps
 * associations, QOS and job records in a SQL database.
 */
package org.flurm.dbd;
