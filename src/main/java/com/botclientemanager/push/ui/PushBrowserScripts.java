package com.botclientemanager.push.ui;

/** What the section runs in the browser: whether it can receive push, and the subscription after the user's tap. */
final class PushBrowserScripts {

    /** "ok", or why not: insecure (no HTTPS), ios (Safari tab, not the Home Screen app), browser, denied. */
    static final String SUPPORT = """
            const ios = /iPhone|iPad|iPod/.test(navigator.userAgent);
            const standalone = window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
            if (!window.isSecureContext) return 'insecure';
            if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
              return ios && !standalone ? 'ios' : 'browser';
            }
            return Notification.permission === 'denied' ? 'denied' : 'ok';""";

    /**
     * Asks for permission (only now, after the tap), subscribes with the server key {@code $0} and returns the
     * subscription as JSON, or {@code error:REASON}.
     */
    static final String SUBSCRIBE = """
            return (async () => {
              const support = (() => { %s })();
              if (support !== 'ok') return 'error:' + support;
              if (await Notification.requestPermission() !== 'granted') return 'error:denied';
              const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 10000));
              const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
              if (!registration) return 'error:failed';
              const raw = atob($0.replace(/-/g, '+').replace(/_/g, '/'));
              const key = Uint8Array.from(raw, (c) => c.charCodeAt(0));
              try {
                const subscription = await registration.pushManager.getSubscription()
                    || await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
                const json = subscription.toJSON();
                return JSON.stringify({ endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth,
                  userAgent: navigator.userAgent });
              } catch (e) {
                return 'error:failed';
              }
            })();""".formatted(SUPPORT.replace("\n", "\n  "));

    private PushBrowserScripts() {
    }
}
