package com.allocar.admin.report;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.allocar.admin.support.AdminIT;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestEvents;
import com.allocar.platform.testing.TestInfra;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * payment-service's events on the real Kafka become finance facts once; the report adds them up per day, as JSON, CSV,
 * XLSX and a PDF that opens and holds the period's GMV.
 */
class FinanceReportIT extends AdminIT {

    @Autowired
    JdbcClient jdbc;

    /** Two days of a far month of their own, so that other tests' payments never fall in them. */
    private final LocalDate day = LocalDate.of(2031 + ThreadLocalRandom.current().nextInt(40), 3, 10);

    /** An event as it went out: sending the same again is a redelivery. */
    private record Sent(String key, String envelope) {
    }

    private Sent send(String type, String key, Map<String, Object> payload) {
        Sent sent = new Sent(key, TestEvents.envelope(UUID.randomUUID(), type, key, Instant.now(), payload));
        TestEvents.send("payment.payments", key, sent.envelope());
        return sent;
    }

    private Sent paid(String purpose, int amount, int commission, int fee, LocalDate on) {
        return paid(UUID.randomUUID().toString(), purpose, amount, commission, fee, on);
    }

    /** @param key payment-service keys its events by payment id; the same key keeps them in one partition, in order */
    private Sent paid(String key, String purpose, int amount, int commission, int fee, LocalDate on) {
        Map<String, Object> p = new LinkedHashMap<>();
        String id = UUID.randomUUID().toString();
        p.put("payment_id", id);
        p.put("purpose", purpose);
        p.put("booking_id", purpose.equals("booking") ? UUID.randomUUID().toString() : null);
        p.put("user_id", UUID.randomUUID().toString());
        p.put("amount", amount);
        p.put("discount", 0);
        p.put("commission", commission);
        p.put("provider_fee", fee);
        p.put("currency", "XOF");
        p.put("method", "wave");
        p.put("provider", "wave");
        p.put("provider_ref", "cos-" + id.substring(0, 8));
        p.put("paid_at", on.atTime(9, 30).toInstant(java.time.ZoneOffset.UTC).toString());
        return send("payment.succeeded", key, p);
    }

    private long facts() {
        return jdbc.sql("SELECT count(*) FROM finance_facts WHERE occurred_at >= ? AND occurred_at < ?")
                .params(java.sql.Timestamp.from(day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)),
                        java.sql.Timestamp.from(day.plusDays(2).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)))
                .query(Long.class).single();
    }

    @Test
    void moneyEventsAddUpPerDayOnceInEveryFormat() throws Exception {
        Sent twice = paid("booking", 12_000, 1_300, 120, day);
        paid("booking", 8_000, 900, 80, day);
        paid("topup", 5_000, 0, 50, day.plusDays(1));
        String pay = UUID.randomUUID().toString();
        send("payment.refunded", pay, Map.of("refund_id", UUID.randomUUID().toString(), "payment_id", pay, "refund_amount", 6_000,
                "destination", "provider", "currency", "XOF", "refunded_at", day.plusDays(1).atTime(8, 0).toInstant(java.time.ZoneOffset.UTC).toString()));
        String payout = UUID.randomUUID().toString();
        send("payout.completed", payout, Map.of("payout_id", payout, "user_id", UUID.randomUUID().toString(), "amount", 10_580,
                "currency", "XOF", "provider", "wave", "provider_ref", "pt-1", "completed_at", day.plusDays(1).atTime(3, 0).toInstant(java.time.ZoneOffset.UTC).toString()));
        // failures move no money: not kept
        send("payment.failed", pay, Map.of("payment_id", pay, "reason", "insufficient_funds"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> facts() == 5);
        // the same event again (a redelivery): kept once. A later event with the same key is read after it (one
        // partition, in order): when that one is kept, the redelivery was handled — no waiting on a clock
        TestEvents.send("payment.payments", twice.key(), twice.envelope());
        paid(twice.key(), "booking", 1, 0, 0, day.plusDays(1));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> facts() >= 6);
        assertThat(facts()).isEqualTo(6);

        String period = day + ".." + day.plusDays(1);
        var json = http().get("/api/v1/admin/reports/finance?period=" + period, as("finance"));
        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        var first = json.data().path("days").get(0);
        assertThat(first.path("day").asString()).isEqualTo(day.toString());
        assertThat(first.path("bookings_paid").asInt()).isEqualTo(2);
        assertThat(first.path("gmv").decimalValue()).isEqualByComparingTo("20000");
        assertThat(first.path("commissions").decimalValue()).isEqualByComparingTo("2200");
        assertThat(first.path("provider_fees").decimalValue()).isEqualByComparingTo("200");
        assertThat(first.path("net_revenue").decimalValue()).isEqualByComparingTo("2000");
        var totals = json.data().path("totals");
        assertThat(totals.path("gmv").decimalValue()).isEqualByComparingTo("20001");
        assertThat(totals.path("refunds").decimalValue()).isEqualByComparingTo("6000");
        assertThat(totals.path("payouts").decimalValue()).isEqualByComparingTo("10580");
        assertThat(totals.path("topups").decimalValue()).isEqualByComparingTo("5000");
        assertThat(totals.path("provider_fees").decimalValue()).isEqualByComparingTo("250");

        var csv = http().download("/api/v1/admin/reports/finance?format=csv&period=" + period, as("ops"));
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.text().substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("day,bookings_paid,gmv,commissions,provider_fees,net_revenue,refunds,payouts,topups");
        assertThat(lines[1]).isEqualTo(day + ",2,20000,2200,200,2000,0,0,0");

        var xlsx = http().download("/api/v1/admin/reports/finance?format=xlsx&period=" + period, as("super"));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(book.getSheet("finance").getRow(2).getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(book.getSheet("summary").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(20_001);
        }

        var pdf = http().download("/api/v1/admin/reports/finance?format=pdf&period=" + period, as("finance"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).contains("allocar-finance-" + day + "_" + day.plusDays(1) + ".pdf");
        try (var reader = new PdfReader(pdf.bytes())) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("finance " + period).contains("20 001").contains("10 580");
        }
        String financeId = http().get("/api/v1/admin/me", as("finance")).data().path("id").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_logs WHERE action = 'report.export' AND actor_id = CAST(? AS uuid) AND meta->>'period' = ?")
                .params(financeId, period).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badPeriodsFormatsAndRolesAreRefused() {
        for (String bad : new String[] {"", "period=", "period=2026-13", "period=2026-01-01..2027-06-01", "period=2026-12&format=docx",
                "period=2026-12&colour=1"}) {
            var r = http().get("/api/v1/admin/reports/finance?" + bad, as("finance"));
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).as(bad).isEqualTo("validation_error");
        }
        for (String role : new String[] {"support", "compliance"}) {
            assertThat(http().get("/api/v1/admin/reports/finance?period=2026-12", as(role)).status()).as(role).isEqualTo(403);
            assertThat(http().get("/api/v1/admin/reports/finance?period=2026-12&format=pdf", as(role)).status()).as(role).isEqualTo(403);
        }
    }

    @Test
    void anEventThatDoesNotReadAsItsContractGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        TestEvents.send("payment.payments", key, TestEvents.envelope(UUID.randomUUID(), "payment.succeeded", key, Instant.now(),
                Map.of("payment_id", key, "purpose", "booking", "amount", "beaucoup")));
        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaProbe.recordsWithKey(TestInfra.KAFKA, "payment.payments.dlt", key,
                Duration.ofSeconds(1)).isEmpty());
    }
}
