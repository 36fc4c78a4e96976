package com.botclientemanager.ui;

import com.botclientemanager.validation.UserFacingException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the app does with an exception no screen caught (a click, a value change, a background push): one log line and
 * one error toast in the person's language. A {@link UserFacingException} anywhere in the cause chain shows its own
 * message and is logged by key and type only, since its detail may name a file or the GitHub API address (a URL can
 * carry credentials); anything else is a bug, logged with its stack trace and shown as a general message.
 */
final class ErrorToasts implements ErrorHandler {

    static final String UNEXPECTED_KEY = "error.unexpected";
    private static final Logger log = LoggerFactory.getLogger(ErrorToasts.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable thrown = event.getThrowable();
        Optional<UserFacingException> userFacing = userFacing(thrown);
        if (userFacing.isPresent()) {
            UserFacingException failure = userFacing.get();
            log.warn("Refused: {} ({})", failure.messageKey(), failure.getClass().getSimpleName());
            show(failure.messageKey(), failure.arguments());
        } else {
            log.error("Unexpected error in the UI", thrown);
            show(UNEXPECTED_KEY);
        }
    }

    private static void show(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notices.error(ui.getTranslation(key, arguments));
        }
    }

    private static Optional<UserFacingException> userFacing(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UserFacingException failure) {
                return Optional.of(failure);
            }
        }
        return Optional.empty();
    }
}
