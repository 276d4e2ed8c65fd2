package org.flurm.auth;

import org.flurm.auth.hash.MessageHash;

/**
 * Who sent a message, as vouched for by munged: the identity every later authorization
 * decision uses.
 *
 * @param uid      the sender's uid
 * @param gid      the sender's primary gid
 * @param hashForm the payload form the sender used; a reply is sealed with the same form, as
 *                 SLURM does
 */
public record AuthenticatedIdentity(int uid, int gid, MessageHash.Form hashForm) {
}
