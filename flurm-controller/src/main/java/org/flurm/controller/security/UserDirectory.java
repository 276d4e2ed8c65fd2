package org.flurm.controller.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * User names and uids as the system's name service knows them, through {@code getent}, so
 * that LDAP or SSSD users are found as well as those in /etc/passwd. Answers are cached.
 */
public final class UserDirectory {

    private final Map<String, Optional<String[]>> cache = new ConcurrentHashMap<>();
    private final Map<String, Optional<String[]>> groups = new ConcurrentHashMap<>();

    /** The uid of user {@code name} (a number is taken as a uid). */
    public Optional<Integer> uidOf(String name) {
        if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
            return Optional.of(Integer.parseInt(name));
        }
        return passwd(name).map(entry -> Integer.parseInt(entry[2]));
    }

    /** The name of uid {@code uid}. */
    public Optional<String> nameOf(int uid) {
        return passwd(Integer.toUnsignedString(uid)).map(entry -> entry[0]);
    }

    /**
     * Whether uid {@code uid} belongs to group {@code groupName}, as its primary group or as a
     * listed member (what slurmctld counts for AllowGroups).
     */
    public boolean isMember(int uid, String groupName) {
        final Optional<String[]> group = groups.computeIfAbsent(groupName,
                name -> lookUp("group", name));
        if (group.isEmpty()) {
            return false;
        }
        final String[] fields = group.get();
        final String groupId = fields[2];
        final Optional<String[]> user = passwd(Integer.toUnsignedString(uid));
        if (user.isEmpty()) {
            return false;
        }
        if (user.get().length > 3 && user.get()[3].equals(groupId)) {
            return true;
        }
        return fields.length > 3 && Arrays.asList(fields[3].split(","))
                .contains(user.get()[0]);
    }

    private Optional<String[]> passwd(String key) {
        return cache.computeIfAbsent(key, name -> lookUp("passwd", name));
    }

    private static Optional<String[]> lookUp(String database, String key) {
        try {
            final Process process = new ProcessBuilder("getent", database, key)
                    .redirectErrorStream(true).start();
            final String out = new String(process.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).strip();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            final String[] fields = out.split(":");
            return fields.length >= 3 ? Optional.of(fields) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
