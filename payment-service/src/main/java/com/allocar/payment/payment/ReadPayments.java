package com.allocar.payment.payment;

import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.security.CurrentUser;

import org.springframework.stereotype.Service;

/** A payer reads their own payments. */
@Service
public class ReadPayments {

    private final PaymentRepository payments;

    ReadPayments(PaymentRepository payments) {
        this.payments = payments;
    }

    public Payment get(UUID id, CurrentUser user) {
        Payment p = payments.find(id).orElseThrow(() -> ApiException.notFound("payment", id));
        if (!p.userId().equals(user.id())) {
            throw ApiException.forbidden("This payment is not yours");
        }
        return p;
    }
}
