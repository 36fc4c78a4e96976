/** The first screen: who must pay, what came in, and whether the reminders are working. */
package com.botclientemanager.dashboard;
