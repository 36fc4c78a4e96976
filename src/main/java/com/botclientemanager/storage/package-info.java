/** Storage of the app's documents (local files or a GitHub repository) and its data folder. */
package com.botclientemanager.storage;
