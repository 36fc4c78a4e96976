package com.botclientemanager.push;

import com.botclientemanager.push.internal.DeviceLabels;
import com.botclientemanager.push.internal.PushDispatcher;
import com.botclientemanager.push.internal.PushNotices;
import com.botclientemanager.push.internal.SubscriptionRepository;
import com.botclientemanager.push.internal.VapidKeyStore;
import com.botclientemanager.validation.InvalidInputException;
import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The devices each user gets notifications on, the events they want, and sending a notice to them. */
@Service
public class PushService {

    private final SubscriptionRepository subscriptions;
    private final PushDispatcher dispatcher;
    private final VapidKeyStore keys;
    private final Clock clock;

    PushService(SubscriptionRepository subscriptions, PushDispatcher dispatcher, VapidKeyStore keys, Clock clock) {
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
        this.keys = keys;
        this.clock = clock;
    }

    /** The server's public key for the browser's {@code PushManager.subscribe}. */
    public String applicationServerKey() {
        return keys.applicationServerKey();
    }

    /** Stores a browser's subscription after checking what it sent; throws {@link InvalidInputException} otherwise. */
    public void subscribe(String username, PushSubscriptionRequest request) {
        String endpoint = request.endpoint() == null ? "" : request.endpoint().strip();
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("subscription", "push.error.subscription");
        }
        boolean loopback = "http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost());
        if (!("https".equals(uri.getScheme()) || loopback) || uri.getHost() == null || endpoint.length() > 2000
                || decodedLength(request.p256dh()) != 65 || decodedLength(request.auth()) != 16) {
            throw new InvalidInputException("subscription", "push.error.subscription");
        }
        subscriptions.save(username, endpoint, request.p256dh().strip(), request.auth().strip(),
                DeviceLabels.of(request.userAgent()), request.locale(), clock.instant());
    }

    public List<PushDevice> devices(String username) {
        return subscriptions.devices(username);
    }

    public boolean remove(String username, long deviceId) {
        return subscriptions.delete(username, deviceId);
    }

    public Set<PushEvent> wanted(String username) {
        Set<PushEvent> wanted = EnumSet.allOf(PushEvent.class);
        wanted.removeAll(subscriptions.muted(username));
        return wanted;
    }

    public void saveWanted(String username, Set<PushEvent> wanted) {
        Set<PushEvent> muted = EnumSet.allOf(PushEvent.class);
        muted.removeAll(wanted);
        subscriptions.saveMuted(username, muted);
    }

    /** Sends the notice, off the caller's thread, to every device whose user wants its event. */
    public void notify(PushNotice notice) {
        dispatcher.submit(notice);
    }

    /** "Enviar teste": a notification to this user's own devices; false when the user has none. */
    public boolean sendTest(String username) {
        var own = subscriptions.ofUser(username);
        if (own.isEmpty()) {
            return false;
        }
        dispatcher.submit(PushNotices.test(), own);
        return true;
    }

    private static int decodedLength(String base64url) {
        if (base64url == null || base64url.length() > 200) {
            return -1;
        }
        try {
            return Base64.getUrlDecoder().decode(base64url.strip().replace('+', '-').replace('/', '_').replace("=", ""))
                    .length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
