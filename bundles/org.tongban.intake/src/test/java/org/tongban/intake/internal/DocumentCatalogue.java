package org.tongban.intake.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongban.catalogue.AttachmentContent;
import org.tongban.catalogue.CatalogueDocument;
import org.tongban.catalogue.Department;
import org.tongban.catalogue.DocumentMatter;
import org.tongban.catalogue.Faq;
import org.tongban.catalogue.GuideStatus;
import org.tongban.catalogue.GuideVersion;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.Matter;
import org.tongban.catalogue.MatterCatalogue;
import org.tongban.catalogue.MatterQuery;
import org.tongban.catalogue.MatterSummary;
import org.tongban.catalogue.Page;
import org.tongban.catalogue.ServiceGuide;
import org.tongban.catalogue.Tailoring;

/** The published guides of a catalogue exchange document, as version 1 each: what a city's demo file publishes. */
final class DocumentCatalogue implements MatterCatalogue {
    private final CatalogueDocument document;

    DocumentCatalogue(CatalogueDocument document) {
        this.document = document;
    }

    @Override
    public Optional<ServiceGuide> publishedGuide(String code) {
        return document.matters().stream()
                .filter(m ->
                        m.status() == GuideStatus.PUBLISHED && m.matter().code().equals(code))
                .map(DocumentMatter::matter)
                .findFirst()
                .map(m ->
                        new ServiceGuide(m, new GuideVersion(1, GuideStatus.PUBLISHED, "system", Instant.EPOCH, null)));
    }

    @Override
    public Optional<Matter> publishedMatter(String code) {
        return publishedGuide(code).map(ServiceGuide::matter);
    }

    @Override
    public List<Department> departments(String jurisdictionCode) {
        return document.departments();
    }

    @Override
    public Optional<Department> department(String code) {
        return document.departments().stream()
                .filter(d -> d.code().equals(code))
                .findFirst();
    }

    @Override
    public Page<MatterSummary> publishedMatters(MatterQuery query) {
        throw new UnsupportedOperationException("not read by intake");
    }

    @Override
    public List<Faq> faqs(String matterCode) {
        return List.of();
    }

    @Override
    public List<LifeEvent> lifeEvents(String jurisdictionCode) {
        return document.lifeEvents();
    }

    @Override
    public Optional<LifeEvent> lifeEvent(String code) {
        return document.lifeEvents().stream().filter(e -> e.code().equals(code)).findFirst();
    }

    @Override
    public Tailoring tailor(String lifeEventCode, Map<String, String> answers) {
        throw new UnsupportedOperationException("not read by the demo cases");
    }

    @Override
    public Optional<AttachmentContent> publishedAttachment(String id) {
        return Optional.empty();
    }
}
