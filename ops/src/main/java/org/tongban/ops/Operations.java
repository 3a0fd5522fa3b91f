package org.tongban.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/tongban backup [--to FILE] [--with-key]} and {@code bin/tongban restore FILE [--force]}: the launcher passes
 * {@code --home}. Errors are one line on standard error and a non-zero exit code, never a stack trace.
 */
public final class Operations {

    private Operations() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args);
        } catch (OpsException e) {
            System.err.println("tongban: " + e.getMessage());
            code = e.exitCode();
        } catch (RuntimeException | Error e) {
            System.err.println("tongban: 操作失败 (operation failed): " + e);
            code = OpsException.FAILED;
        }
        System.exit(code);
    }

    /** Runs a command and returns its exit code; refusals and failures are thrown as {@link OpsException}. */
    static int run(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String command = rest.isEmpty() ? "" : rest.removeFirst();
        Path home = Path.of(option(rest, "--home", ".")).toAbsolutePath().normalize();
        switch (command) {
            case "backup" -> {
                String to = option(rest, "--to", null);
                boolean withKey = rest.remove("--with-key");
                noMoreArguments(rest);
                new Backup(Instance.at(home), withKey).to(to == null ? null : Path.of(to));
            }
            case "restore" -> {
                boolean force = rest.remove("--force");
                if (rest.size() != 1 || rest.getFirst().startsWith("--")) {
                    throw usage();
                }
                new Restore(Instance.at(home)).from(Path.of(rest.getFirst()), force);
            }
            default -> throw usage();
        }
        return 0;
    }

    private static String option(List<String> args, String name, String fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size()) {
            throw usage();
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return value;
    }

    private static void noMoreArguments(List<String> rest) {
        if (!rest.isEmpty()) {
            throw usage();
        }
    }

    private static OpsException usage() {
        return new OpsException(
                OpsException.USAGE,
                "用法：bin/tongban backup [--to 文件] [--with-key] | bin/tongban restore 文件 [--force]",
                "usage: bin/tongban backup [--to FILE] [--with-key] | bin/tongban restore FILE [--force]");
    }
}
