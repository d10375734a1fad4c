package com.allocar.wallet;

import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends WalletIT {

    @Test
    void openApiDocumentsThePublicRoutesInSnakeCaseAndHidesTheInternalOnes() {
        var doc = http().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asString()).startsWith("3.1");
        var paths = doc.body().path("paths");
        assertThat(paths.has("/api/v1/wallet")).isTrue();
        assertThat(paths.has("/api/v1/wallet/txns")).isTrue();
        assertThat(paths.has("/api/v1/wallet/topup")).isTrue();
        assertThat(paths.has("/api/v1/wallet/withdraw")).isTrue();
        assertThat(paths.toString()).doesNotContain("/internal/");
        var withdraw = paths.path("/api/v1/wallet/withdraw").path("post").path("responses");
        assertThat(withdraw.path("201").path("content").toString()).as(withdraw.toString()).contains("$ref");
        assertThat(paths.path("/api/v1/wallet/topup").path("post").path("responses").path("201").path("content").toString()).contains("$ref");
        assertThat(withdraw.has("402")).isTrue();
        assertThat(withdraw.has("403")).isTrue();
        assertThat(paths.path("/api/v1/wallet/topup").path("post").path("responses").has("502")).isTrue();
        assertThat(paths.path("/api/v1/wallet/txns").path("get").path("parameters").toString()).contains("period");
        String schemas = doc.body().path("components").path("schemas").toString();
        assertThat(schemas).contains("\"balance_after\"").contains("\"withdrawal_id\"").doesNotContain("\"balanceAfter\"");
    }
}
