package com.botclientemanager.paylinks;

import com.botclientemanager.clients.ClientPageLinks;
import com.botclientemanager.paylinks.internal.LinkKey;
import com.botclientemanager.paylinks.internal.LinkRepository;
import com.botclientemanager.paylinks.internal.LinkRepository.StoredLink;
import com.botclientemanager.storage.DataDirectory;
import com.botclientemanager.whatsapp.WhatsAppSetup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Each client's private page link {@code /p/{token}}. The token is derived from the link key (in the database) and the link's
 * generation, so every reminder can carry it while only its SHA-256 is stored (the lookup index). A new generation
 * revokes one client's link; a new key revokes all of them.
 */
@Service
public class PayLinkService implements ClientPageLinks {

    public static final String PATH = "/p/";
    /** base64url of 32 bytes, without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final LinkKey key;
    private final LinkRepository links;
    private final WhatsAppSetup whatsApp;

    PayLinkService(DataDirectory dataDirectory, LinkRepository links, WhatsAppSetup whatsApp) {
        this.key = new LinkKey(dataDirectory.root(), links);
        this.links = links;
        this.whatsApp = whatsApp;
    }

    @Override
    public Optional<String> linkFor(String clientId) {
        String base = whatsApp.publicBaseUrl(null);
        return base.isBlank() ? Optional.empty() : Optional.of(base + pathFor(clientId));
    }

    /** The page's path (the same on any address the app is reached at): issues the client's first link when needed. */
    public synchronized String pathFor(String clientId) {
        Optional<StoredLink> stored = links.byClient(clientId);
        int generation = stored.map(StoredLink::generation).orElse(1);
        String token = key.token(clientId, generation);
        String hash = LinkKey.hash(token);
        if (stored.isEmpty() || !stored.get().tokenHash().equals(hash)) {
            links.save(new StoredLink(clientId, generation, hash));
        }
        return PATH + token;
    }

    @Override
    public synchronized Optional<String> replace(String clientId) {
        int next = links.byClient(clientId).map(StoredLink::generation).orElse(1) + 1;
        links.save(new StoredLink(clientId, next, LinkKey.hash(key.token(clientId, next))));
        return linkFor(clientId);
    }

    /** "Revogar todos os links": a new key, so no link sent so far opens a page; new ones are issued as needed. */
    public synchronized void revokeAll() {
        key.replace(); // first: a stop before the next line leaves every stored link failing its key check
        links.deleteAll();
    }

    /** The client a token belongs to while it is that client's current link; empty for anything else. Changes nothing. */
    public Optional<String> clientOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return links.byTokenHash(LinkKey.hash(token))
                .filter(link -> MessageDigest.isEqual(key.token(link.clientId(), link.generation())
                        .getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII)))
                .map(StoredLink::clientId);
    }
}
