package org.tongban.platform.files.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where uploads go and how large they may be; configuration PID {@code org.tongban.platform.files}. */
@ObjectClassDefinition(name = "Tongban uploaded files", description = "Storage and size limits of uploads")
public @interface FilesConfig {

    @AttributeDefinition(
            name = "Storage",
            description = "database (default: backed up with it, shared by every node) or directory")
    String storage() default "database";

    @AttributeDefinition(
            name = "Directory",
            description = "The file store for storage=directory, relative to the distribution's home")
    String directory() default "data/files";

    // A scanned material of a few dozen A4 pages at 300 dpi stays below 20 MB; a phone photo below 10 MB.
    @AttributeDefinition(name = "Largest material (KB)", min = "1")
    int materialMaxKilobytes() default 20 * 1024;

    @AttributeDefinition(name = "Largest photo (KB)", min = "1")
    int photoMaxKilobytes() default 10 * 1024;

    @AttributeDefinition(name = "Largest signed document (KB)", min = "1")
    int documentMaxKilobytes() default 20 * 1024;
}
