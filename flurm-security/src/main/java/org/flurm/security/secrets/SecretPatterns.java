package org.flurm.security.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flurm.config.flurm.FlurmConfig;

/**
 * Which environment variable names hold secrets: {@code FLURM_SECRET_*} always, plus the glob
 * patterns of flurm.conf's SecretEnvPatterns, where {@code *} matches any run of characters
 * and everything else matches itself. Names are compared case-sensitively, as the
 * environment's are.
 */
public final class SecretPatterns {

    /** The prefix that makes a variable secret whatever flurm.conf says. */
    public static final String BUILT_IN = "FLURM_SECRET_*";

    private final List<Pattern> patterns;

    private SecretPatterns(List<Pattern> patterns) {
        this.patterns = patterns;
    }

    /** The built-in pattern and {@code globs}. */
    public static SecretPatterns of(List<String> globs) {
        final List<Pattern> compiled = new ArrayList<>();
        compiled.add(compile(BUILT_IN));
        globs.forEach(glob -> compiled.add(compile(glob)));
        return new SecretPatterns(List.copyOf(compiled));
    }

    /** The patterns flurm.conf configures. */
    public static SecretPatterns of(FlurmConfig config) {
        return of(config.secretEnvPatterns());
    }

    /** Whether a variable called {@code name} is a secret. */
    public boolean isSecret(String name) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Pattern compile(String glob) {
        final StringBuilder regex = new StringBuilder();
        for (String literal : glob.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
