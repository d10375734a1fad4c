package com.allocar.messaging.attachment;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ImageUploadPolicyTest {

    private final ImageUploadPolicy policy = new ImageUploadPolicy(List.of("image/jpeg", "image/png", "image/webp"), 5 * 1024 * 1024);

    @Test
    void jpeg_png_webp_up_to_five_mebibytes() {
        assertThat(policy.problem("image/jpeg", 1)).isEmpty();
        assertThat(policy.problem("IMAGE/PNG", 5 * 1024 * 1024)).isEmpty();
        assertThat(policy.problem("image/webp", 1000)).isEmpty();
        assertThat(policy.problem("image/gif", 1000)).hasValueSatisfying(p -> assertThat(p.getKey()).isEqualTo("content_type"));
        assertThat(policy.problem("application/pdf", 1000)).isPresent();
        assertThat(policy.problem(null, 1000)).isPresent();
        assertThat(policy.problem("image/png", 5 * 1024 * 1024 + 1)).hasValueSatisfying(p -> assertThat(p.getKey()).isEqualTo("size_bytes"));
        assertThat(policy.problem("image/png", 0)).isPresent();
        assertThat(policy.problem("image/png", -5)).isPresent();
    }

    @Test
    void keys_carry_the_type_extension() {
        assertThat(ImageUploadPolicy.extension("image/jpeg")).isEqualTo("jpg");
        assertThat(ImageUploadPolicy.extension("image/png")).isEqualTo("png");
        assertThat(ImageUploadPolicy.extension("image/webp")).isEqualTo("webp");
    }
}
