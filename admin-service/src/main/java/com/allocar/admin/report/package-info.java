/**
 * The spec's reports, from admin-service's own tables fed by the owners' events (never another schema): the finance
 * report (GMV, commissions, provider fees, refunds, payouts per day) as JSON, CSV, XLSX or PDF.
 */
package com.allocar.admin.report;
