/**
 * Reports ("Relatórios"): revenue by month, plan and service, expected revenue, new clients, renewals, churn and the
 * renewal rate, each figure with the list behind it and a CSV export. Reads the clients and payments through the
 * clients module's public API only.
 */
package com.botclientemanager.reports;
