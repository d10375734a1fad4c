/** The wallet ledger export for finance: every wallet's entries of a period as CSV or XLSX, read through wallet's feed. */
package com.allocar.admin.wallet;
