package org.flurm.config.slurm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The keys allowed in one context (the main file, a NodeName line, ...), matched in any case. */
public final class KeyTable {

    private final Map<String, KeySpec> byLowerName = new LinkedHashMap<>();

    KeyTable(List<KeySpec> specs) {
        for (KeySpec spec : specs) {
            byLowerName.put(spec.name().toLowerCase(Locale.ROOT), spec);
        }
    }

    /** The key spelt {@code key} in any case, if this table has it. */
    public Optional<KeySpec> find(String key) {
        return Optional.ofNullable(byLowerName.get(key.toLowerCase(Locale.ROOT)));
    }

    /** All keys in their SLURM order. */
    public List<KeySpec> keys() {
        return List.copyOf(byLowerName.values());
    }
}
