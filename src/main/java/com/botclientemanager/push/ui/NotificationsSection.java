package com.botclientemanager.push.ui;

import com.botclientemanager.push.PushDevice;
import com.botclientemanager.push.PushEvent;
import com.botclientemanager.push.PushService;
import com.botclientemanager.push.PushSubscriptionRequest;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.Notices;
import com.botclientemanager.validation.InvalidInputException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Notificações": turn push on for this device (the browser asks for permission only after the tap), this user's
 * devices with their last delivery, which events to receive, and a test notification.
 */
@SpringComponent
@UIScope
public class NotificationsSection extends VerticalLayout {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PushService push;
    private final AppTimes times;
    private final String username;
    private final Paragraph unsupported = new Paragraph();
    private final Button enable = new Button();
    private final Div devices = new Div();
    private final CheckboxGroup<PushEvent> events = new CheckboxGroup<>();

    NotificationsSection(PushService push, AppTimes times, AuthenticationContext authentication) {
        this.push = push;
        this.times = times;
        this.username = authentication.getPrincipalName().orElse("");
        setPadding(false);
        addClassNames("settings-section");
        setId("notifications-section");
        add(new H3(getTranslation("push.settings.title")), new Paragraph(getTranslation("push.settings.description")));

        unsupported.setId("push-unsupported");
        unsupported.getStyle().set("color", "var(--lumo-error-text-color)");
        unsupported.setVisible(false);
        enable.setText(getTranslation("push.settings.enable"));
        enable.setId("push-enable");
        enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enable.addClickListener(e -> subscribe());
        Button test = new Button(getTranslation("push.settings.test"), e -> sendTest());
        test.setId("push-test");
        HorizontalLayout actions = new HorizontalLayout(enable, test);
        actions.setWrap(true);

        devices.setId("push-devices");
        events.setId("push-events");
        events.setLabel(getTranslation("push.settings.events"));
        events.setItems(PushEvent.values());
        events.setItemLabelGenerator(event -> getTranslation(event.labelKey()));
        events.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        events.setValue(push.wanted(username));
        Button save = new Button(getTranslation("push.settings.save"), e -> saveEvents());
        save.setId("push-events-save");

        add(unsupported, actions, new H4(getTranslation("push.settings.devices")), devices, events, save);
        showDevices();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(PushBrowserScripts.SUPPORT).then(String.class, this::showSupport);
    }

    private void showSupport(String support) {
        boolean ok = "ok".equals(support);
        unsupported.setVisible(!ok);
        if (!ok) {
            unsupported.setText(getTranslation("push.unsupported." + switch (support) {
                case "insecure", "ios", "denied" -> support;
                default -> "browser";
            }));
        }
        enable.setEnabled(ok || "denied".equals(support));
    }

    private void subscribe() {
        getElement().executeJs(PushBrowserScripts.SUBSCRIBE, push.applicationServerKey())
                .then(String.class, this::subscribed, error -> Notices.error(getTranslation("push.error.failed")));
    }

    private void subscribed(String answer) {
        if (answer == null || answer.startsWith("error:")) {
            String reason = answer == null ? "failed" : answer.substring(6);
            if ("failed".equals(reason)) {
                Notices.error(getTranslation("push.error.failed"));
            } else {
                showSupport(reason);
            }
            return;
        }
        try {
            JsonNode json = JSON.readTree(answer);
            push.subscribe(username, new PushSubscriptionRequest(json.path("endpoint").asString(""),
                    json.path("p256dh").asString(""), json.path("auth").asString(""),
                    json.path("userAgent").asString(""), getLocale()));
            unsupported.setVisible(false);
            Notices.success(getTranslation("push.settings.enabled"));
            showDevices();
        } catch (JacksonException | InvalidInputException e) {
            Notices.error(getTranslation("push.error.subscription"));
        }
    }

    private void showDevices() {
        devices.removeAll();
        List<PushDevice> own = push.devices(username);
        if (own.isEmpty()) {
            devices.add(new Paragraph(getTranslation("push.settings.no-devices")));
        }
        own.forEach(device -> devices.add(deviceRow(device)));
    }

    private HorizontalLayout deviceRow(PushDevice device) {
        Span label = new Span(device.label());
        label.getStyle().set("font-weight", "600");
        Span line = new Span(getTranslation("push.settings.device.line", when(device.createdAt()),
                device.lastDeliveryAt() == null ? getTranslation("push.settings.device.never")
                        : when(device.lastDeliveryAt())));
        line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Button remove = new Button(getTranslation("push.settings.remove"), e -> {
            push.remove(username, device.id());
            Notices.success(getTranslation("push.settings.removed"));
            showDevices();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        VerticalLayout text = new VerticalLayout(label, line);
        text.setPadding(false);
        text.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(text, remove);
        row.addClassName("push-device");
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.expand(text);
        return row;
    }

    private String when(Instant at) {
        return times.dateTime(at, getLocale());
    }

    private void saveEvents() {
        push.saveWanted(username, events.getValue().isEmpty() ? EnumSet.noneOf(PushEvent.class)
                : EnumSet.copyOf(events.getValue()));
        Notices.success(getTranslation("push.settings.saved"));
    }

    private void sendTest() {
        if (push.sendTest(username)) {
            Notices.success(getTranslation("push.settings.test-sent"));
        } else {
            Notices.info(getTranslation("push.settings.test-none"));
        }
    }
}
