package com.allocar.wallet.wallet;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.query.FilterSpecifications;
import com.allocar.platform.query.PageQuery;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.WalletBalance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own ledger lines, filtered and paginated. Only ever the caller's wallet: there is no wallet id to guess. */
@Service
public class WalletHistory {

    /** Wire field → entity attribute. */
    public static final Map<String, String> ATTRIBUTES = Map.of("type", "direction", "created_at", "createdAt");

    private final Ledger ledger;
    private final WalletTxnRepository txns;

    WalletHistory(Ledger ledger, WalletTxnRepository txns) {
        this.ledger = ledger;
        this.txns = txns;
    }

    @Transactional(readOnly = true)
    public Page<WalletTxn> mine(UUID userId, PageQuery q, Optional<TxnPeriod> period) {
        Optional<WalletBalance> wallet = ledger.find(userId);
        if (wallet.isEmpty()) {
            return new PageImpl<>(java.util.List.of(), q.toPageable(ATTRIBUTES), 0);
        }
        UUID walletId = wallet.get().walletId();
        Specification<WalletTxn> spec = ((root, query, cb) -> cb.equal(root.get("walletId"), walletId));
        spec = spec.and(FilterSpecifications.of(q.filters(), ATTRIBUTES));
        if (period.isPresent()) {
            TxnPeriod p = period.get();
            spec = spec.and((root, query, cb) -> cb.and(
                    p.start() == null ? cb.conjunction() : cb.greaterThanOrEqualTo(root.get("createdAt"), p.start()),
                    p.end() == null ? cb.conjunction() : cb.lessThan(root.get("createdAt"), p.end())));
        }
        return txns.findAll(spec, q.toPageable(ATTRIBUTES));
    }
}
