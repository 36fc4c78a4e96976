package com.botclientemanager.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses login attempts (the login form and HTTP Basic) from an address that {@link LoginThrottle} blocks, before any password is checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final String loginPath;

    LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formLogin = "POST".equals(request.getMethod()) && loginPath.equals(request.getServletPath());
        boolean basicLogin = request.getHeader("Authorization") != null;
        if ((formLogin || basicLogin) && throttle.isBlocked(request.getRemoteAddr())) {
            if (formLogin) {
                response.sendRedirect(request.getContextPath() + loginPath + "?blocked");
            } else {
                long seconds = Math.max(1, throttle.retryAfter(request.getRemoteAddr()).toSeconds() + 1);
                response.setHeader("Retry-After", Long.toString(seconds));
                // not sendError: its error page needs a login, so the client saw a plain 401 and kept guessing
                response.setStatus(429);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
