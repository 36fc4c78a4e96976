/** Clients (plan, price, due date, reminders), their payments and renewals, import and export, and manual sends. */
package com.botclientemanager.clients;
