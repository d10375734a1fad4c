package com.allocar.admin.wallet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeWallet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The wallet ledger export, read back as CSV and as XLSX (POI), across several pages of wallet's feed ({@link FakeWallet}). */
class WalletExportIT extends AdminIT {

    private final FakeWallet wallet = FakeWallet.get();

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        wallet.clear();
    }

    /** More than two pages of the feed, with text a spreadsheet would run as a formula. */
    private BigDecimal ledger() {
        wallet.clear();
        UUID driver = UUID.randomUUID();
        BigDecimal credits = BigDecimal.ZERO;
        for (int i = 0; i < 2 * WalletTxnsExport.PAGE + 7; i++) {
            String amount = String.valueOf(1000 + i);
            wallet.entry(driver, "credit", amount, "earning", "settled", i == 3 ? "=HYPERLINK(\"http://x\")" : "Trajet Abidjan → Bouaké, n° " + i);
            credits = credits.add(new BigDecimal(amount));
        }
        wallet.entry(driver, "debit", "2500", "payout", "pending", "Driver payout");
        return credits;
    }

    @Test
    void csvHoldsEveryEntryOnceWithTheRightTotals() {
        BigDecimal credits = ledger();
        var csv = http().download("/api/v1/admin/wallet/txns/export?format=csv&date_from=2026-01-01", as("finance"));
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("allocar-wallet-txns-from-2026-01-01.csv");
        String[] lines = csv.text().substring(1).split("\r\n"); // the BOM
        assertThat(lines[0]).startsWith("entry_id,created_at,user_id,wallet_id,type,amount,currency,source,status");
        assertThat(lines).hasSize(1 + 2 * WalletTxnsExport.PAGE + 8);
        BigDecimal settledCredits = BigDecimal.ZERO;
        List<String> ids = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",", -1);
            ids.add(f[0]);
            if (f[4].equals("credit") && f[8].equals("settled")) {
                settledCredits = settledCredits.add(new BigDecimal(f[5]));
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(settledCredits).isEqualByComparingTo(credits);
        assertThat(csv.text()).contains("'=HYPERLINK(\"\"http://x\"\")").contains("Abidjan → Bouaké");
        assertThat(wallet.pagesServed.get()).isEqualTo(3);
    }

    @Test
    void xlsxHasTypedCellsAndASummarySheet() throws IOException {
        BigDecimal credits = ledger();
        var xlsx = http().download("/api/v1/admin/wallet/txns/export?format=xlsx", as("super"));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet rows = book.getSheet("wallet_txns");
            assertThat(rows.getLastRowNum()).isEqualTo(2 * WalletTxnsExport.PAGE + 8);
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 1; i <= rows.getLastRowNum(); i++) {
                Row r = rows.getRow(i);
                if (r.getCell(4).getStringCellValue().equals("credit")) {
                    sum = sum.add(BigDecimal.valueOf(r.getCell(5).getNumericCellValue()));
                }
            }
            assertThat(sum).isEqualByComparingTo(credits);
            assertThat(rows.getRow(1).getCell(1).getLocalDateTimeCellValue()).isNotNull();
            assertThat(rows.getRow(4).getCell(11).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")"); // text, never a formula
            Sheet summary = book.getSheet("summary");
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo("credit");
            assertThat(summary.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2 * WalletTxnsExport.PAGE + 7);
            assertThat(BigDecimal.valueOf(summary.getRow(1).getCell(3).getNumericCellValue())).isEqualByComparingTo(credits);
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("pending");
            assertThat(summary.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(2500);
        }
    }

    @Test
    void eachExportIsAuditedAndRefusalsAreEnvelopes() {
        wallet.entry(UUID.randomUUID(), "credit", "100", "topup", "settled", "Recharge");
        String superId = http().get("/api/v1/admin/me", as("super")).data().path("id").asString();
        long before = exports(superId);
        assertThat(http().download("/api/v1/admin/wallet/txns/export?format=xlsx&date_from=2026-12-01&date_to=2026-12-31", as("super")).status())
                .isEqualTo(200);
        assertThat(exports(superId)).isEqualTo(before + 1);
        String meta = jdbc.sql("SELECT meta::text FROM audit_logs WHERE action = 'wallet_txns.export' AND actor_id = CAST(? AS uuid) "
                + "ORDER BY created_at DESC LIMIT 1").param(superId).query(String.class).single();
        assertThat(meta).contains("\"format\": \"xlsx\"").contains("2026-12-31");

        for (String bad : new String[] {"format=pdf", "format=doc", "date_from=hier", "date_from=2026-12-03&date_to=2026-12-01", "colour=1"}) {
            var r = http().get("/api/v1/admin/wallet/txns/export?" + bad, as("finance"));
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).as(bad).isEqualTo("validation_error");
        }
        for (String role : new String[] {"ops", "support", "compliance"}) {
            var r = http().get("/api/v1/admin/wallet/txns/export", as(role));
            assertThat(r.status()).as(role).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("forbidden");
        }
        wallet.failWith = 503;
        var down = http().get("/api/v1/admin/wallet/txns/export", as("finance"));
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.header("Content-Type")).startsWith("application/json");
        assertThat(down.errorCode()).isEqualTo("service_unavailable");
        assertThat(exports(superId)).isEqualTo(before + 1);
    }

    private long exports(String staffId) {
        return jdbc.sql("SELECT count(*) FROM audit_logs WHERE action = 'wallet_txns.export' AND actor_id = CAST(? AS uuid)")
                .param(staffId).query(Long.class).single();
    }
}
