package org.flurm.dbd.server;

import static org.flurm.protocol.dbd.AccountingUpdate.ADD_ASSOC;
import static org.flurm.protocol.dbd.AccountingUpdate.ADD_QOS;
import static org.flurm.protocol.dbd.AccountingUpdate.ADD_USER;
import static org.flurm.protocol.dbd.AccountingUpdate.MODIFY_ASSOC;
import static org.flurm.protocol.dbd.AccountingUpdate.MODIFY_QOS;
import static org.flurm.protocol.dbd.AccountingUpdate.MODIFY_USER;
import static org.flurm.protocol.dbd.AccountingUpdate.REMOVE_ASSOC;
import static org.flurm.protocol.dbd.AccountingUpdate.REMOVE_QOS;
import static org.flurm.protocol.dbd.AccountingUpdate.REMOVE_USER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flurm.dbd.storage.AccountingSession.Snapshot;
import org.flurm.protocol.dbd.AccountingUpdate;
import org.flurm.protocol.dbd.AssocRec;

/**
 * What a committed transaction changed, as the update objects slurmctld applies to its
 * association manager: the records added, modified and removed between two snapshots, in
 * the order slurmdbd sends them (QOS first, users, then associations, removed QOS last).
 */
final class ControllerUpdates {

    private ControllerUpdates() {
    }

    /** The updates for the controller of {@code cluster}, without other clusters' rows. */
    static List<AccountingUpdate> between(Snapshot before, Snapshot after, String cluster) {
        final List<AccountingUpdate> updates = new ArrayList<>();
        diff(before.qos(), after.qos(), ADD_QOS, MODIFY_QOS, -1, updates);
        diff(before.users(), after.users(), ADD_USER, MODIFY_USER, REMOVE_USER, updates);
        diff(only(before.assocs(), cluster), only(after.assocs(), cluster), ADD_ASSOC,
                MODIFY_ASSOC, REMOVE_ASSOC, updates);
        final List<Object> removedQos = new ArrayList<>();
        before.qos().forEach((id, q) -> {
            if (!after.qos().containsKey(id)) {
                removedQos.add(q);
            }
        });
        if (!removedQos.isEmpty()) {
            updates.add(new AccountingUpdate(REMOVE_QOS, removedQos));
        }
        return updates;
    }

    private static Map<Integer, AssocRec> only(Map<Integer, AssocRec> assocs, String cluster) {
        final Map<Integer, AssocRec> out = new java.util.LinkedHashMap<>();
        assocs.forEach((id, a) -> {
            if (cluster.equals(a.cluster())) {
                out.put(id, a);
            }
        });
        return out;
    }

    private static <K, V> void diff(Map<K, V> before, Map<K, V> after, int addType,
                                    int modifyType, int removeType,
                                    List<AccountingUpdate> updates) {
        final List<Object> added = new ArrayList<>();
        final List<Object> modified = new ArrayList<>();
        final List<Object> removed = new ArrayList<>();
        after.forEach((key, value) -> {
            final V old = before.get(key);
            if (old == null) {
                added.add(value);
            } else if (!old.equals(value)) {
                modified.add(value);
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                removed.add(value);
            }
        });
        if (!added.isEmpty()) {
            updates.add(new AccountingUpdate(addType, added));
        }
        if (!modified.isEmpty()) {
            updates.add(new AccountingUpdate(modifyType, modified));
        }
        if (removeType >= 0 && !removed.isEmpty()) {
            updates.add(new AccountingUpdate(removeType, removed));
        }
    }
}
