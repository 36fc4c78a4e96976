/** The admin login, its throttling and password, security headers, trusted proxies and the jobs dashboard proxy. */
package com.botclientemanager.security;
