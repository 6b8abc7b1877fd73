package org.aimcgen.exec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.aimcgen.config.ConfigException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Where and how the tasks of --executor slurm run: the site's partition and account, each task's time limit,
 * memory and CPUs, further sbatch options, and the shared work folder. Each comes from its command-line option
 * or else from the {@code slurm:} section of a site file (--slurm-config, or the file named by
 * {@value #CONFIG_ENV}); unset ones are left to the site's defaults.
 *
 * @param partition   sbatch --partition, or null
 * @param account     sbatch --account, or null
 * @param time        sbatch --time per task (minutes, MM:SS, HH:MM:SS, D-HH[:MM[:SS]]), or null
 * @param mem         sbatch --mem per task (e.g. 4G), or null
 * @param cpusPerTask sbatch --cpus-per-task, or null
 * @param sbatchArgs  further sbatch options, each "--name=value" (e.g. --qos=normal)
 * @param workDir     the shared work folder's default (a command's --work wins), or null
 */
public record SlurmOptions(String partition, String account, String time, String mem, Integer cpusPerTask,
        List<String> sbatchArgs, Path workDir) {
    /** The environment variable naming the site file when --slurm-config is not given. */
    public static final String CONFIG_ENV = "AIMCGEN_SLURM_CONFIG";
    public static final String SECTION = "slurm";
    public static final List<String> KEYS = List.of("partition", "account", "time", "mem", "cpusPerTask",
            "sbatchArgs", "workDir");
    public static final int MAX_CPUS = 1024;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.,+-]{1,64}");
    private static final Pattern TIME = Pattern.compile(
            "\\d{1,6}|\\d{1,6}:\\d{2}|\\d{1,6}:\\d{2}:\\d{2}|\\d{1,3}-\\d{1,2}(:\\d{2}(:\\d{2})?)?");
    private static final Pattern MEM = Pattern.compile("\\d{1,9}[KMGT]?");
    private static final Pattern SBATCH_ARG = Pattern.compile("--[a-z][a-z-]*(=[^\\s'\"\\\\]+)?");

    public static final SlurmOptions NONE = new SlurmOptions(null, null, null, null, null, List.of(), null);

    public SlurmOptions {
        sbatchArgs = List.copyOf(sbatchArgs);
    }

    /** The options' own checks, each problem naming the option, the value and what is allowed. */
    public List<String> problems(String where) {
        List<String> p = new ArrayList<>();
        check(p, where, "partition", partition, NAME, "letters, digits and _.,+- (a partition name, or several "
                + "separated by commas)");
        check(p, where, "account", account, NAME, "letters, digits and _.,+-");
        check(p, where, "time", time, TIME, "minutes, MM:SS, HH:MM:SS or D-HH[:MM[:SS]] (sbatch --time)");
        check(p, where, "mem", mem, MEM, "a whole number with an optional unit K, M, G or T (sbatch --mem), "
                + "e.g. 4G");
        if (cpusPerTask != null && (cpusPerTask < 1 || cpusPerTask > MAX_CPUS)) {
            p.add(where + "cpusPerTask: " + cpusPerTask + " is out of range; allowed: 1 to " + MAX_CPUS);
        }
        for (String a : sbatchArgs) {
            if (!SBATCH_ARG.matcher(a).matches()) {
                p.add(where + "sbatchArgs: '" + a + "' is not an sbatch option; allowed: --name or --name=value "
                        + "without spaces or quotes, e.g. --qos=normal");
            } else if (a.startsWith("--array") || a.startsWith("--output") || a.startsWith("--parsable")) {
                p.add(where + "sbatchArgs: '" + a + "' is set by aimcgen itself (one task per point, its log in "
                        + "the task folder); drop it");
            }
        }
        return p;
    }

    private static void check(List<String> p, String where, String key, String value, Pattern allowed, String what) {
        if (value != null && !allowed.matcher(value).matches()) {
            p.add(where + key + ": '" + value + "' is not allowed; allowed: " + what);
        }
    }

    /** The #SBATCH lines these options give, in a fixed order. */
    public List<String> sbatchLines() {
        List<String> lines = new ArrayList<>();
        if (partition != null) {
            lines.add("--partition=" + partition);
        }
        if (account != null) {
            lines.add("--account=" + account);
        }
        if (time != null) {
            lines.add("--time=" + time);
        }
        if (mem != null) {
            lines.add("--mem=" + mem);
        }
        if (cpusPerTask != null) {
            lines.add("--cpus-per-task=" + cpusPerTask);
        }
        lines.addAll(sbatchArgs);
        return lines;
    }

    /** These options where set, the other's elsewhere: the command line over the site file. */
    public SlurmOptions over(SlurmOptions base) {
        return new SlurmOptions(or(partition, base.partition), or(account, base.account), or(time, base.time),
                or(mem, base.mem), or(cpusPerTask, base.cpusPerTask),
                sbatchArgs.isEmpty() ? base.sbatchArgs : sbatchArgs, or(workDir, base.workDir));
    }

    private static <V> V or(V a, V b) {
        return a != null ? a : b;
    }

    /** The slurm: section of a site file (other sections are the site's own business and are ignored). */
    public static SlurmOptions load(Path file) {
        String where = file + ": " + SECTION + ".";
        Object doc;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // Every scalar as text: YAML 1.1 would read a time limit of 1:30:00 as the number 5400.
            doc = new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(new LoaderOptions()),
                    new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
                    new org.yaml.snakeyaml.DumperOptions(), new LoaderOptions(), new TextResolver()).load(r);
        } catch (IOException e) {
            throw new ConfigException(List.of("--slurm-config " + file + ": cannot be read (" + e.getMessage()
                    + "); name a YAML file with a slurm: section"));
        } catch (YAMLException e) {
            throw new ConfigException(List.of("--slurm-config " + file + ": not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
        if (!(doc instanceof Map<?, ?> top) || !(top.get(SECTION) instanceof Map<?, ?> section)) {
            throw new ConfigException(List.of("--slurm-config " + file + ": has no " + SECTION + ": section; "
                    + "allowed keys in it: " + String.join(", ", KEYS)));
        }
        List<String> problems = new ArrayList<>();
        for (Object k : section.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                problems.add(where + k + ": not a key of the " + SECTION + " section; allowed: "
                        + String.join(", ", KEYS));
            }
        }
        Integer cpus = null;
        Object c = section.get("cpusPerTask");
        if (c != null && String.valueOf(c).matches("\\d{1,9}")) {
            cpus = Integer.valueOf(String.valueOf(c));
        } else if (c != null) {
            problems.add(where + "cpusPerTask: '" + c + "' is not a whole number; allowed: 1 to " + MAX_CPUS);
        }
        List<String> extra = new ArrayList<>();
        Object a = section.get("sbatchArgs");
        if (a instanceof List<?> list) {
            list.forEach(x -> extra.add(String.valueOf(x)));
        } else if (a != null) {
            problems.add(where + "sbatchArgs: '" + a + "' is not a list; allowed: a list of sbatch options, "
                    + "e.g. [--qos=normal]");
        }
        Object w = section.get("workDir");
        Path work = w == null ? null : file.toAbsolutePath().getParent().resolve(String.valueOf(w));
        SlurmOptions o = new SlurmOptions(text(section, "partition"), text(section, "account"),
                text(section, "time"), text(section, "mem"), cpus, extra, work);
        problems.addAll(o.problems(where));
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return o;
    }

    /** A resolver that leaves every plain scalar a string (no numbers, booleans or times). */
    private static final class TextResolver extends org.yaml.snakeyaml.resolver.Resolver {
        @Override
        protected void addImplicitResolvers() {
        }
    }

    private static String text(Map<?, ?> section, String key) {
        Object v = section.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
