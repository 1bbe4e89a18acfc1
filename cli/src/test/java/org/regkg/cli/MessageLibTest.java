package org.regkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 9, finding 8: ids and titles reach warnings and errors with their control characters escaped. */
class MessageLibTest {
    @Test
    void controlAndBidiCharactersAreEscaped() {
        String id = "a\u001b[31mred\u202Egnp.exe\nregkg: built fake\u0000\u2066";
        String out = MessageLib.printable(id);
        assertThat(out).isEqualTo("a\\u{001B}[31mred\\u{202E}gnp.exe\\nregkg: built fake\\u{0000}\\u{2066}");
        assertThat(out.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL)).isTrue();
    }

    @Test
    void ordinaryTextIsKept() {
        assertThat(MessageLib.printable("Regularizing β-VAE: 正则化 (2%)")).isEqualTo("Regularizing β-VAE: 正则化 (2%)");
    }

    @Test
    void reportsKeepTheirLinesButEscapeEachOne() {
        assertThat(MessageLib.printableLines("line one\nline \u001b two")).isEqualTo("line one\nline \\u{001B} two");
    }
}
