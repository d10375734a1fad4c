package com.allocar.wallet.topup;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.settings.WalletSwitch;
import com.allocar.wallet.api.TopupMethod;
import com.allocar.wallet.config.WalletProperties;
import com.allocar.wallet.ledger.AmountLimits;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.payment.PaymentServiceClient;

import org.springframework.stereotype.Service;

/**
 * {@code POST /wallet/topup}: asks payment-service for a provider checkout. Nothing is credited here: the credit is
 * written when payment-service's {@code payment.succeeded} (purpose topup) arrives, i.e. when the provider's webhook
 * confirmed the money.
 */
@Service
public class Topups {

    /** What the user gets back: where to pay. */
    public record Started(UUID topupId, PaymentServiceClient.TopupIntent intent, BigDecimal amount, String currency, TopupMethod method) {
    }

    private final PaymentServiceClient payments;
    private final WalletProperties props;
    private final PlatformSettings settings;

    Topups(PaymentServiceClient payments, WalletProperties props, PlatformSettings settings) {
        this.payments = payments;
        this.props = props;
        this.settings = settings;
    }

    /** The topup id derives from the user and their Idempotency-Key: a retry after a lost answer names the same topup. */
    public Started start(UUID userId, String idempotencyKey, BigDecimal amount, TopupMethod method, String msisdn) {
        WalletSwitch.require(settings.current());
        AmountLimits.check(amount, props.topup().minAmount(), props.maxAmount());
        UUID topupId = EntryIds.of("topup-request", userId, idempotencyKey);
        var intent = payments.createTopup(new PaymentServiceClient.TopupRequest(topupId, userId, amount, props.currency(), method, msisdn));
        if (intent == null || intent.paymentId() == null) {
            throw new ApiException(ErrorCode.BAD_GATEWAY, "The payment service answered without a payment");
        }
        return new Started(topupId, intent, amount, props.currency(), method);
    }
}
