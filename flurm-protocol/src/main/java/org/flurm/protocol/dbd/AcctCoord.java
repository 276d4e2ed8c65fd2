package org.flurm.protocol.dbd;

import java.util.List;

/** DBD_ADD/REMOVE_ACCOUNT_COORDS: accounts and the users to make or unmake coordinators. */
public record AcctCoord(List<String> accounts, UserCond userCond) {
}
