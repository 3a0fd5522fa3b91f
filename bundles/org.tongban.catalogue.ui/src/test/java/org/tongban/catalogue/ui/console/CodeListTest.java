package org.tongban.catalogue.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes typed in one field, however they are separated, each once and in order. */
class CodeListTest {

    @Test
    void anySeparatorClerksUseIsAccepted() {
        assertThat(CodeList.parse("370100-SJJ-XK-001、370102-SJJ-XK-001，370103-A; 370103-B\n370104-C"))
                .containsExactly("370100-SJJ-XK-001", "370102-SJJ-XK-001", "370103-A", "370103-B", "370104-C");
    }

    @Test
    void repeatsAndBlanksVanish() {
        assertThat(CodeList.parse(" A, A ,, B ")).containsExactly("A", "B");
        assertThat(CodeList.parse("   ")).isEmpty();
        assertThat(CodeList.parse(null)).isEmpty();
    }

    @Test
    void formattingReadsBackTheSame() {
        List<String> codes = List.of("370100-SJJ-XK-001", "370102-SJJ-XK-001");

        assertThat(CodeList.parse(CodeList.format(codes))).isEqualTo(codes);
    }
}
