package org.tongban.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the launcher was asked to do: the command line over {@code conf/tongban.properties} over defaults.
 *
 * @param home the distribution folder
 * @param port HTTP port
 * @param demo explicit demo mode
 * @param verify launch headless, check that every bundle is active, and exit
 * @param settings the distribution's {@code conf/tongban.properties}
 */
public record HostOptions(Path home, int port, boolean demo, boolean verify, Properties settings) {

    static final String USAGE =
            """
            用法 / usage: tongban [run] [--home DIR] [--port N] [--demo] [--verify]
              --home DIR  发行包目录 (distribution folder; default: current folder)
              --port N    HTTP 端口 (default 8080, or port= in conf/tongban.properties)
              --demo      演示模式：加载演示账号与数据 (demo accounts and data)
              --verify    无界面启动，检查所有组件均已启动后退出 (headless check, then exit)
            """;

    /** Parses the arguments; throws {@link IllegalArgumentException} with a message fit for the console. */
    public static HostOptions parse(String... args) throws IOException {
        Path home = Path.of(System.getProperty("tongban.home", "."))
                .toAbsolutePath()
                .normalize();
        Integer port = null;
        boolean demo = false;
        boolean verify = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "run" -> {}
                case "--home" ->
                    home = Path.of(value(args, ++i, "--home")).toAbsolutePath().normalize();
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--demo" -> demo = true;
                case "--verify" -> verify = true;
                default -> throw new IllegalArgumentException("未知参数 (unknown argument): " + args[i] + "\n" + USAGE);
            }
        }
        Properties settings = load(home.resolve("conf/tongban.properties"));
        if (port == null) {
            port = port(settings.getProperty("port", "8080"));
        }
        demo = demo || Boolean.parseBoolean(settings.getProperty("demo", "false"));
        return new HostOptions(home, port, demo, verify, settings);
    }

    public String setting(String key, String fallback) {
        return settings.getProperty(key, fallback);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " 需要一个值 (needs a value)\n" + USAGE);
        }
        return args[i];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("端口无效 (invalid port): " + text);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
