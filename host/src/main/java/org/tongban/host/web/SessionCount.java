package org.tongban.host.web;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the HTTP sessions the web application created: the public pages must create none (see the benchmark). */
final class SessionCount implements HttpSessionListener {

    private final AtomicLong created = new AtomicLong();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        created.incrementAndGet();
    }

    long created() {
        return created.get();
    }
}
