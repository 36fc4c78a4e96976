package com.botclientemanager.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A small built-in list of passwords too common to accept (case-insensitive). */
@Component
public class CommonPasswords {

    private final Set<String> passwords = new HashSet<>();

    public CommonPasswords() {
        try (InputStream in = getClass().getResourceAsStream("/security/common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean contains(String password) {
        return password != null && passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }
}
