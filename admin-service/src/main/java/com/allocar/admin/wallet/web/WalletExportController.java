package com.allocar.admin.wallet.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.admin.export.Downloads;
import com.allocar.admin.export.ExportFormat;
import com.allocar.admin.wallet.WalletTxnsExport;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.Period;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments & payouts")
class WalletExportController {

    private static final QuerySpec EXPORT = QuerySpec.create().extra("format", "date_from", "date_to");
    private static final List<ExportFormat> OFFERED = List.of(ExportFormat.CSV, ExportFormat.XLSX);

    private final WalletTxnsExport export;
    private final AuditLogs audit;

    WalletExportController(WalletTxnsExport export, AuditLogs audit) {
        this.export = export;
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/wallet/txns/export")
    @StaffOnly(RoleMatrix.PAYMENTS_PAYOUTS)
    @Operation(summary = "Download every wallet's ledger entries of a period (CSV or XLSX), oldest first",
            description = "Columns: entry_id, created_at (UTC), user_id, wallet_id, type credit|debit, amount, currency, source, "
                    + "status pending|settled|cancelled, ref_type, ref_id, description, balance_after, status_changed_at. The XLSX "
                    + "has a second sheet, summary: entries and amount per type and status. Streamed: a long period is written as it "
                    + "is read (a download cut short is an incomplete file: download again). Each export is in the audit trail.")
    @Parameter(name = "format", description = "csv (default) or xlsx")
    @Parameter(name = "date_from", description = "2026-12-01 (day included) or an instant")
    @Parameter(name = "date_to", description = "2026-12-31 (day included) or an instant (excluded)")
    @ApiResponse(responseCode = "200", description = "the file", content = {@Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    void download(Staff staff, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageQuery q = EXPORT.parse(request.getParameterMap());
        ExportFormat format = ExportFormat.parse(q.extra("format").orElse("csv"), OFFERED);
        String rawFrom = q.extra("date_from").orElse(null);
        String rawTo = q.extra("date_to").orElse(null);
        Period period = Period.parse(rawFrom, rawTo, "date_from", "date_to");
        var first = export.firstPage(period);

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", format.extension());
        meta.put("date_from", rawFrom == null ? "" : rawFrom);
        meta.put("date_to", rawTo == null ? "" : rawTo);
        audit.staffAction(staff.id(), "wallet_txns.export", "wallet_txns_export", UUID.randomUUID(), meta);

        OutputStream out = Downloads.start(response, format, "allocar-wallet-txns" + (rawFrom == null ? "" : "-from-" + rawFrom.trim())
                + (rawTo == null ? "" : "-to-" + rawTo.trim()));
        export.write(period, first, format, out);
        out.flush();
    }
}
