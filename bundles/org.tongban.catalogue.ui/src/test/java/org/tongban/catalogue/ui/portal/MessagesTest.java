package org.tongban.catalogue.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.catalogue.ApproverLevel;
import org.tongban.catalogue.CrossRegionScope;
import org.tongban.catalogue.DeliveryMethod;
import org.tongban.catalogue.Limit;
import org.tongban.catalogue.MatterType;
import org.tongban.catalogue.OnlineDepth;
import org.tongban.catalogue.ServedAudience;
import org.tongban.catalogue.SpecialStepKind;
import org.tongban.testing.MessageFiles;

/** Every text the portal views ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(catalogue\\.portal\\.[a-zA-Z.]+[a-zA-Z])\"");
    private final MessageFiles messages = MessageFiles.of("i18n/catalogue-ui");

    @Test
    void everyKeyUsedInThePortalSourcesIsDefined() {
        Set<String> used =
                MessageFiles.keysUsedIn(Path.of("src/main/java/org/tongban/catalogue/ui/portal"), KEY_IN_SOURCE, true);
        // Keys put together at run time: the materials table's column headers and the enumeration labels.
        for (String column : List.of("name", "required", "count", "format", "notes", "files")) {
            used.add("catalogue.portal.materials." + column);
        }
        for (Class<? extends Enum<?>> type : List.of(
                MatterType.class,
                ServedAudience.class,
                OnlineDepth.class,
                CrossRegionScope.class,
                DeliveryMethod.class,
                SpecialStepKind.class,
                org.tongban.catalogue.ResultType.class,
                org.tongban.catalogue.CrossRegionMode.class,
                ApproverLevel.class,
                org.tongban.catalogue.MaterialType.class,
                org.tongban.catalogue.MaterialForm.class,
                org.tongban.catalogue.MaterialSource.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                used.add(Labels.key(constant));
            }
        }

        for (Limit.Unit unit : Limit.Unit.values()) {
            used.add(LimitTexts.key(unit));
        }

        assertThat(used)
                .contains("catalogue.portal.guides", "catalogue.portal.lifeEvents", "catalogue.portal.guide.pdf");
        messages.assertDefined(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String suffix) {
        messages.assertKeysStartWith("catalogue.");
        messages.assertTranslated(suffix);
    }
}
