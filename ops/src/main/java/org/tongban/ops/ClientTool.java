package org.tongban.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs a PostgreSQL client program (pg_dump, pg_restore) and turns its failure into one clear error. */
final class ClientTool {

    private ClientTool() {}

    static void run(String program, String password, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(program);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!password.isBlank()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new OpsException(
                    OpsException.FAILED,
                    "找不到 " + program + "：请安装 PostgreSQL 客户端工具（Debian：apt-get install postgresql-client）",
                    program + " not found: install the PostgreSQL client tools (Debian: postgresql-client)");
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                String reason = output.lines()
                        .filter(line -> line.contains("error"))
                        .findFirst()
                        .or(() -> output.lines().filter(line -> !line.isBlank()).reduce((a, b) -> b))
                        .orElse("exit code " + exit);
                throw new OpsException(OpsException.FAILED, program + " 失败：" + reason, program + " failed");
            }
        } catch (IOException e) {
            throw new OpsException(OpsException.FAILED, program + " 失败：" + e.getMessage(), program + " failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new OpsException(OpsException.FAILED, program + " 被中断", program + " interrupted");
        }
    }
}
