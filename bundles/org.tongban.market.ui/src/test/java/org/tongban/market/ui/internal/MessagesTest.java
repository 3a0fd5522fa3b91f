package org.tongban.market.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongban.credit.AppealState;
import org.tongban.market.AgencyStatus;
import org.tongban.market.ConductRule;
import org.tongban.market.CreditList;
import org.tongban.market.ExclusionReason;
import org.tongban.market.Funding;
import org.tongban.market.ObjectionState;
import org.tongban.market.ProjectState;
import org.tongban.market.QualificationStatus;
import org.tongban.market.SelectionMethod;
import org.tongban.testing.MessageFiles;

/** Every text the views and pages ask for exists in all three languages, with the same placeholders. */
class MessagesTest {
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"(market\\.ui\\.[a-zA-Z.]+)\"");
    private final MessageFiles messages = MessageFiles.of("i18n/market-ui");

    @Test
    void everyKeyUsedInTheSourcesAndTemplatesIsDefined() {
        Set<String> used = MessageFiles.keysUsedIn(Path.of("src/main/java"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .collect(Collectors.toSet());
        used.addAll(MessageFiles.keysUsedIn(Path.of("src/main/resources/site"), KEY_IN_SOURCE, true).stream()
                .filter(key -> !key.endsWith("."))
                .toList());
        messages.assertDefined(used);
    }

    @Test
    void everyCodeOfTheMarketHasAName() {
        List<Enum<?>> codes = new java.util.ArrayList<>();
        codes.addAll(Arrays.asList(ProjectState.values()));
        codes.addAll(Arrays.asList(ExclusionReason.values()));
        codes.addAll(Arrays.asList(QualificationStatus.values()));
        codes.addAll(Arrays.asList(CreditList.values()));
        codes.addAll(Arrays.asList(Funding.values()));
        codes.addAll(Arrays.asList(SelectionMethod.values()));
        codes.addAll(Arrays.asList(ObjectionState.values()));
        codes.addAll(Arrays.asList(ConductRule.values()));
        codes.addAll(Arrays.asList(AppealState.values()));
        codes.addAll(Arrays.asList(AgencyStatus.values()));
        messages.assertDefined(codes.stream().map(Labels::key).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_TW", "_en"})
    void translationsHaveTheSameKeysAndPlaceholders(String variant) {
        messages.assertKeysStartWith("market.ui.");
        messages.assertTranslated(variant);
    }
}
