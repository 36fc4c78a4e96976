/** Automatic reminders: which client gets which message when, sent through JobRunr within the sending hours. */
package com.botclientemanager.reminders;
