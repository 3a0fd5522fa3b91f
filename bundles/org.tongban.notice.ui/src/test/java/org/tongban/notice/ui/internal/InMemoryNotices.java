package org.tongban.notice.ui.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.notice.Notice;
import org.tongban.notice.NoticeService;
import org.tongban.notice.NoticeValidationException;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdictions;

/** Stands in for the headless bundle, whose own tests run against real databases. */
final class InMemoryNotices implements NoticeService {
    private final Jurisdictions jurisdictions;
    private final List<Notice> notices = new ArrayList<>();
    private Instant clock = Instant.parse("2025-01-20T02:00:00Z");

    InMemoryNotices(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @Override
    public List<Notice> published(String jurisdictionCode) {
        Set<String> codes = jurisdictions.ancestry(jurisdictionCode).stream()
                .map(Jurisdiction::code)
                .collect(Collectors.toSet());
        return notices.stream()
                .filter(n -> codes.contains(n.jurisdictionCode()))
                .sorted(Comparator.comparing(Notice::publishedAt).reversed())
                .toList();
    }

    @Override
    public Notice publish(String jurisdictionCode, String title, String body) {
        if (title == null || title.isBlank()) {
            throw new NoticeValidationException("标题不能为空");
        }
        clock = clock.plusSeconds(60);
        Notice notice = new Notice(notices.size() + 1, jurisdictionCode, title, body, clock, "clerk");
        notices.add(notice);
        return notice;
    }

    @Override
    public void withdraw(long id) {
        notices.removeIf(n -> n.id() == id);
    }
}
