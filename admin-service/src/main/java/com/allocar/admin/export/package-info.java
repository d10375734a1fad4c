/**
 * Tables written for staff to download — the wallet export, the reports — as CSV, XLSX (streamed) or PDF, a row at a
 * time so that a long period never sits in memory.
 */
package com.allocar.admin.export;

