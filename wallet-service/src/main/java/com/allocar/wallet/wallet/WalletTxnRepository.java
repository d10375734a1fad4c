package com.allocar.wallet.wallet;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

public interface WalletTxnRepository extends Repository<WalletTxn, UUID>, JpaSpecificationExecutor<WalletTxn> {
}
