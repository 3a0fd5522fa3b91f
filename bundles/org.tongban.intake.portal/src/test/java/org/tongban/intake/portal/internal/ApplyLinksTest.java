package org.tongban.intake.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tongban.catalogue.LifeEvent;
import org.tongban.catalogue.ui.GuideLink;

/** 在线申请 appears on the public guide of a matter offered online and on a life event whose matters all are, only. */
class ApplyLinksTest {
    private final PortalCatalogue catalogue = new PortalCatalogue();
    private final ApplyLinks links = new ApplyLinks(catalogue);

    @Test
    void aMatterOfferedOnlineLinksToItsApplyPageNamedForScreenReaders() {
        GuideLink link = links.forMatter(
                        catalogue.publishedMatter(PortalCatalogue.FOOD).orElseThrow(), Locale.CHINA)
                .getFirst();

        assertThat(link.href()).isEqualTo("/apply/" + PortalCatalogue.FOOD);
        assertThat(link.text()).isEqualTo("在线申请");
        assertThat(link.label()).isEqualTo("在线申请「食品经营许可（新办）」（需登录）");
        assertThat(links.forMatter(
                                catalogue.publishedMatter(PortalCatalogue.FOOD).orElseThrow(), Locale.ENGLISH)
                        .getFirst()
                        .text())
                .isEqualTo("Apply online");
    }

    @Test
    void aMatterOnlyForTheWindowHasNoLink() {
        assertThat(links.forMatter(
                        catalogue.publishedMatter(PortalCatalogue.MARRIAGE).orElseThrow(), Locale.CHINA))
                .isEmpty();
    }

    @Test
    void aLifeEventIsAppliedForOnlineOnlyWhenEachOfItsMattersIs() {
        assertThat(links.forLifeEvent(PortalCatalogue.lifeEvent(), Locale.CHINA))
                .extracting(GuideLink::href)
                .containsExactly("/apply/life-event/" + PortalCatalogue.LIFE_EVENT);

        LifeEvent withTheWindowsMatter = new LifeEvent(
                "LE-HUNYIN",
                "我要结婚",
                "370102",
                null,
                null,
                List.of(PortalCatalogue.FOOD, PortalCatalogue.MARRIAGE),
                List.of());
        assertThat(links.forLifeEvent(withTheWindowsMatter, Locale.CHINA)).isEmpty();
    }
}
