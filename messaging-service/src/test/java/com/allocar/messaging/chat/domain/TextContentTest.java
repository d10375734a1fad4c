package com.allocar.messaging.chat.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextContentTest {

    @Test
    void one_to_two_thousand_characters_once_trimmed() {
        assertThat(TextContent.problem("  ok  ")).isEmpty();
        assertThat(TextContent.normalized("  Bonjour !  ")).isEqualTo("Bonjour !");
        assertThat(TextContent.problem("   \n\t ")).contains("must not be empty");
        assertThat(TextContent.problem("")).contains("must not be empty");
        assertThat(TextContent.problem(null)).contains("must not be empty");
        assertThat(TextContent.problem("a".repeat(2000))).isEmpty();
        assertThat(TextContent.problem("  " + "a".repeat(2000) + "  ")).isEmpty();
        assertThat(TextContent.problem("a".repeat(2001))).contains("must be at most 2000 characters");
    }

    @Test
    void an_emoji_counts_as_one_character() {
        assertThat(TextContent.problem("🚗".repeat(2000))).isEmpty();
        assertThat(TextContent.problem("🚗".repeat(2001))).isPresent();
    }
}
