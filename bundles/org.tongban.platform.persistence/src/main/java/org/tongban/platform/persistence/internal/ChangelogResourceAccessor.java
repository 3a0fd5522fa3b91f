package org.tongban.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;

/**
 * Reads a changelog and the files it includes through one class loader, in OSGi the bundle's own. Unlike Liquibase's
 * {@code ClassLoaderResourceAccessor} it opens the {@link URL} the class loader returns, so {@code bundle:} URLs work
 * without a global URL handler. {@code includeAll} is not supported: a class loader cannot list folders.
 */
final class ChangelogResourceAccessor extends AbstractResourceAccessor {

    private final ClassLoader loader;
    private final String ownerPrefix;

    ChangelogResourceAccessor(ClassLoader loader) {
        this(loader, null);
    }

    /** @param owner the bundle whose symbolic name prefixes the logical paths, or null for unprefixed paths */
    ChangelogResourceAccessor(ClassLoader loader, String owner) {
        this.loader = loader;
        this.ownerPrefix = owner == null ? null : owner + "/";
    }

    @Override
    public List<Resource> getAll(String path) {
        // The resource keeps the owner in its path, so that includes resolved against it are keyed too.
        String normalized = normalize(path);
        URL url = normalized == null ? null : loader.getResource(withoutOwner(normalized));
        return url == null ? null : List.of(new UrlResource(normalized, url));
    }

    @Override
    public List<Resource> search(String path, boolean recursive) throws IOException {
        throw new IOException("Cannot list '" + path + "': bundle changelogs must name each file with <include>");
    }

    @Override
    public List<String> describeLocations() {
        return List.of(loader.toString());
    }

    @Override
    public void close() {}

    private String withoutOwner(String path) {
        return path != null && ownerPrefix != null && path.startsWith(ownerPrefix)
                ? path.substring(ownerPrefix.length())
                : path;
    }

    /** {@code path} relative to the class loader's root with {@code .} and {@code ..} resolved, or null above it. */
    static String normalize(String path) {
        String plain = path.replace('\\', '/').replaceFirst("^classpath\\*?:", "");
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : plain.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    return null;
                }
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    private Resource resolve(String path) {
        try {
            return get(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class UrlResource extends AbstractResource {
        private final URL url;

        UrlResource(String path, URL url) {
            super(path, toUri(url));
            this.url = url;
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            return url.openStream();
        }

        @Override
        public Resource resolve(String other) {
            return ChangelogResourceAccessor.this.resolve(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return ChangelogResourceAccessor.this.resolve(resolveSiblingPath(other));
        }

        private static URI toUri(URL url) {
            try {
                return url.toURI();
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Unusable resource URL " + url, e);
            }
        }
    }
}
