package com.allocar.admin.wallet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.allocar.admin.export.Column;
import com.allocar.admin.export.ExportFormat;
import com.allocar.admin.export.TableWriter;
import com.allocar.platform.query.Period;

import org.springframework.stereotype.Service;

/**
 * The ledger of every wallet over a period, written as it is read from wallet-service a page at a time (never the
 * whole period in memory), with its totals per movement: how many entries and how much, credits and debits, by status.
 */
@Service
public class WalletTxnsExport {

    static final int PAGE = 1000;
    static final List<Column> COLUMNS = List.of(Column.text("entry_id"), Column.instant("created_at"), Column.text("user_id"),
            Column.text("wallet_id"), Column.text("type"), Column.amount("amount"), Column.text("currency"), Column.text("source"),
            Column.text("status"), Column.text("ref_type"), Column.text("ref_id"), Column.text("description"),
            Column.amount("balance_after"), Column.instant("status_changed_at"));
    static final List<Column> TOTALS = List.of(Column.text("type"), Column.text("status"), Column.count("entries"), Column.amount("amount"));

    private final WalletLedgerClient wallet;

    WalletTxnsExport(WalletLedgerClient wallet) {
        this.wallet = wallet;
    }

    /** What was written, for the audit trail. */
    public record Written(long rows, BigDecimal credits, BigDecimal debits) {
    }

    /**
     * The first page, read before anything is written: a refusal or an outage is still answered as an error, not as a
     * broken file.
     */
    public List<WalletLedgerClient.Entry> firstPage(Period period) {
        return wallet.page(period.from(), period.to(), null, PAGE).data();
    }

    public Written write(Period period, List<WalletLedgerClient.Entry> first, ExportFormat format, OutputStream out) throws IOException {
        Map<String, BigDecimal[]> totals = new TreeMap<>(); // "credit settled" → {count, amount}
        long rows = 0;
        try (TableWriter table = TableWriter.open(format, out, "wallet_txns", "AlloCar wallet ledger", COLUMNS)) {
            List<WalletLedgerClient.Entry> page = first;
            while (true) {
                for (WalletLedgerClient.Entry e : page) {
                    table.row(cells(e));
                    BigDecimal[] t = totals.computeIfAbsent(e.direction() + " " + e.status(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    t[0] = t[0].add(BigDecimal.ONE);
                    t[1] = t[1].add(e.amount());
                    rows++;
                }
                if (page.size() < PAGE) {
                    break;
                }
                page = wallet.page(period.from(), period.to(), page.get(page.size() - 1).entryId(), PAGE).data();
            }
            List<List<?>> summary = new ArrayList<>();
            totals.forEach((k, t) -> summary.add(List.of(k.substring(0, k.indexOf(' ')), k.substring(k.indexOf(' ') + 1), t[0].longValue(), t[1])));
            table.summary(TOTALS, summary);
        }
        return new Written(rows, sum(totals, "credit settled"), sum(totals, "debit settled"));
    }

    private static BigDecimal sum(Map<String, BigDecimal[]> totals, String key) {
        BigDecimal[] t = totals.get(key);
        return t == null ? BigDecimal.ZERO : t[1];
    }

    private static List<?> cells(WalletLedgerClient.Entry e) {
        List<Object> c = new ArrayList<>(COLUMNS.size());
        c.add(e.entryId().toString());
        c.add(e.createdAt());
        c.add(e.userId().toString());
        c.add(e.walletId().toString());
        c.add(e.direction());
        c.add(e.amount());
        c.add(e.currency());
        c.add(e.source());
        c.add(e.status());
        c.add(e.refType());
        c.add(e.refId());
        c.add(e.description());
        c.add(e.balanceAfter());
        c.add(e.statusChangedAt());
        return c;
    }
}
