package org.tongban.platform.files.internal;

/** Cleans a name as uploaded: it is only ever shown and offered as a download name, never used as a path. */
final class FileNames {
    static final int MAX_LENGTH = 200;

    private FileNames() {}

    static String clean(String name) {
        String base = name == null ? "" : name;
        // Browsers on Windows send full paths; only the last segment is the name.
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        base.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(ch -> ch == '.')) {
            return "file";
        }
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(cleaned.length() - MAX_LENGTH) : cleaned;
    }
}
