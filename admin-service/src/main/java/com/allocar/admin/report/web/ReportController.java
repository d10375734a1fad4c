package com.allocar.admin.report.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.admin.export.Column;
import com.allocar.admin.export.Downloads;
import com.allocar.admin.export.ExportFormat;
import com.allocar.admin.export.TableWriter;
import com.allocar.admin.report.FinanceReport;
import com.allocar.admin.report.ReportPeriod;
import com.allocar.admin.report.UsageReport;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON report and its downloads share the path; {@code format} other than json selects the download. */
@RestController
@RequestMapping("/api/v1/admin/reports")
@Tag(name = "Reports")
class ReportController {

    private static final QuerySpec REPORT = QuerySpec.create().extra("period", "format");
    private static final List<ExportFormat> DOWNLOADS = List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.PDF);

    private final FinanceReport finance;
    private final UsageReport usage;
    private final AuditLogs audit;

    ReportController(FinanceReport finance, UsageReport usage, AuditLogs audit) {
        this.finance = finance;
        this.usage = usage;
        this.audit = audit;
    }

    @GetMapping("/finance")
    @StaffOnly(RoleMatrix.REPORTS_EXPORT)
    @Operation(summary = "The finance report of a period, day by day and in total: GMV, commissions, provider fees, net revenue, "
            + "refunds, payouts, top-ups (XOF)",
            description = "Built from admin-service's own finance facts, fed by payment-service's events: a payment appears seconds "
                    + "after it is confirmed. GMV = what passengers paid for bookings (after promo discounts); net revenue = "
                    + "commissions − provider fees. format=csv|xlsx|pdf downloads the same report.")
    @Parameter(name = "period", required = true, description = "2026-12 (a month), 2026-12-04 (a day) or 2026-12-01..2026-12-15 (days, "
            + "both included; at most 366), UTC", schema = @Schema(type = "string", maxLength = 22))
    @Parameter(name = "format", description = "json (this answer) | csv | xlsx | pdf (a download)",
            schema = @Schema(type = "string", allowableValues = {"json", "csv", "xlsx", "pdf"}))
    Envelope<FinanceReport.Report> finance(HttpServletRequest request) {
        PageQuery q = REPORT.parse(request.getParameterMap());
        return Envelope.of(finance.of(ReportPeriod.parse(q.extra("period").orElse(null))));
    }

    @GetMapping(value = "/finance", params = {"format", "format!=json"})
    @StaffOnly(RoleMatrix.REPORTS_EXPORT)
    @Operation(summary = "The finance report as a download: CSV (the days), XLSX (the days and a summary sheet with the totals), PDF (both)",
            description = "Each download is in the audit trail (report.export, actor = you, the period and format).")
    @ApiResponse(responseCode = "200", description = "the file", content = {@Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), @Content(mediaType = "application/pdf")})
    void financeDownload(Staff staff, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageQuery q = REPORT.parse(request.getParameterMap());
        ExportFormat format = ExportFormat.parse(q.extra("format").orElse(null), DOWNLOADS);
        ReportPeriod period = ReportPeriod.parse(q.extra("period").orElse(null));
        FinanceReport.Report report = finance.of(period);
        download(staff, "finance", period, format, FinanceReport.COLUMNS, report.days().stream().map(FinanceReport.Line::cells).toList(),
                report.totals().cells(), response);
    }

    @GetMapping("/usage")
    @StaffOnly(RoleMatrix.REPORTS_EXPORT)
    @Operation(summary = "The usage report of a period, day by day and in total: sign-ups, active drivers, trips published, searches, "
            + "bookings created and paid, and the conversion search → booking → paid (%)",
            description = "Built from admin-service's own usage facts, fed by identity's, trip's and booking's events (searches are "
                    + "counted by each trip-service instance and published a minute at a time). Active drivers = drivers who "
                    + "published a trip; in the totals a driver active on several days counts once. A conversion is null when "
                    + "nothing could convert. format=csv|xlsx|pdf downloads the same report.")
    @Parameter(name = "period", required = true, description = "2026-12 (a month), 2026-12-04 (a day) or 2026-12-01..2026-12-15 (days, "
            + "both included; at most 366), UTC", schema = @Schema(type = "string", maxLength = 22))
    @Parameter(name = "format", description = "json (this answer) | csv | xlsx | pdf (a download)",
            schema = @Schema(type = "string", allowableValues = {"json", "csv", "xlsx", "pdf"}))
    Envelope<UsageReport.Report> usage(HttpServletRequest request) {
        PageQuery q = REPORT.parse(request.getParameterMap());
        return Envelope.of(usage.of(ReportPeriod.parse(q.extra("period").orElse(null))));
    }

    @GetMapping(value = "/usage", params = {"format", "format!=json"})
    @StaffOnly(RoleMatrix.REPORTS_EXPORT)
    @Operation(summary = "The usage report as a download: CSV (the days), XLSX (the days and a summary sheet with the totals), PDF (both)",
            description = "Each download is in the audit trail (report.export, actor = you, the period and format).")
    @ApiResponse(responseCode = "200", description = "the file", content = {@Content(mediaType = "text/csv"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), @Content(mediaType = "application/pdf")})
    void usageDownload(Staff staff, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageQuery q = REPORT.parse(request.getParameterMap());
        ExportFormat format = ExportFormat.parse(q.extra("format").orElse(null), DOWNLOADS);
        ReportPeriod period = ReportPeriod.parse(q.extra("period").orElse(null));
        UsageReport.Report report = usage.of(period);
        download(staff, "usage", period, format, UsageReport.COLUMNS, report.days().stream().map(UsageReport.Line::cells).toList(),
                report.totals().cells(), response);
    }

    /** The days as the table, the totals as its summary; audited before the file is written. */
    private void download(Staff staff, String name, ReportPeriod period, ExportFormat format, List<Column> columns, List<List<?>> days,
                          List<?> totals, HttpServletResponse response) throws IOException {
        audit.staffAction(staff.id(), "report.export", "report", UUID.randomUUID(),
                Map.of("report", name, "period", period.label(), "format", format.extension()));
        OutputStream out = Downloads.start(response, format, "allocar-" + name + "-" + period.label().replace("..", "_"));
        try (TableWriter table = TableWriter.open(format, out, name, "AlloCar — " + name + " " + period.label(), columns)) {
            for (List<?> day : days) {
                table.row(day);
            }
            table.summary(columns, List.of(totals));
        }
        out.flush();
    }
}
