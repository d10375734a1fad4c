package com.allocar.wallet.wallet.web;

import java.time.ZoneId;
import java.util.List;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.FieldType;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.CurrentUser;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.wallet.TxnPeriod;
import com.allocar.wallet.wallet.WalletHistory;
import com.allocar.wallet.wallet.web.WalletViews.TxnView;
import com.allocar.wallet.wallet.web.WalletViews.WalletView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wallet")
@Tag(name = "wallet", description = "My wallet: balance and ledger")
class WalletController {

    static final ZoneId ZONE = ZoneId.of("Africa/Abidjan");
    private static final QuerySpec TXNS = QuerySpec.create()
            .enumFilter("type", Direction.class)
            .enumFilter("status", EntryStatus.class)
            .enumFilter("source", Source.class)
            .range("amount", FieldType.DECIMAL)
            .sortable("created_at", "amount")
            .defaultSort("-created_at")
            .extra("period", "from", "to");

    private final Ledger ledger;
    private final WalletHistory history;

    WalletController(Ledger ledger, WalletHistory history) {
        this.ledger = ledger;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "My wallet (created on first use)",
            description = "balance = Σ settled entries; available = balance − reserved (withdrawals in flight); pending = earnings of rides not completed yet.")
    Envelope<WalletView> mine(CurrentUser user) {
        return Envelope.of(WalletView.of(ledger.open(user.id())));
    }

    @GetMapping("/txns")
    @Operation(summary = "My wallet's entries (paginated)",
            description = "Filters: type=credit|debit, status=pending|settled|cancelled, source=…, `in:a,b` lists, amount_gte/amount_lte; "
                    + "period=YYYY-MM or YYYY-MM-DD, or from/to dates (inclusive, Africa/Abidjan). sort=created_at|amount, default -created_at.")
    Envelope<List<TxnView>> txns(CurrentUser user, HttpServletRequest request,
                                 @Parameter(description = "credit | debit") @RequestParam(required = false) String type,
                                 @Parameter(description = "pending | settled | cancelled") @RequestParam(required = false) String status,
                                 @Parameter(description = "YYYY-MM or YYYY-MM-DD") @RequestParam(required = false) String period,
                                 @Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false) String from,
                                 @Parameter(description = "YYYY-MM-DD, inclusive") @RequestParam(required = false) String to) {
        PageQuery q = TXNS.parse(request.getParameterMap());
        var range = TxnPeriod.parse(q.extra("period").orElse(null), q.extra("from").orElse(null), q.extra("to").orElse(null), ZONE);
        return Envelope.page(history.mine(user.id(), q, range), TxnView::of);
    }
}
