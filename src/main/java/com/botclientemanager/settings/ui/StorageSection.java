package com.botclientemanager.settings.ui;

import com.botclientemanager.storage.DocumentStore;
import com.botclientemanager.storage.StorageProperties;
import com.botclientemanager.storage.StorageStatus;
import com.botclientemanager.ui.AppTimes;
import com.botclientemanager.ui.Notices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;

/** "Storage" section of the settings: where the data is kept, the last sync, pending changes, the last error. */
@SpringComponent
@UIScope
class StorageSection extends VerticalLayout {

    private final DocumentStore store;
    private final StorageProperties properties;
    private final AppTimes times;
    private final Span type = value("storage-type");
    private final Span lastSync = value("storage-last-sync");
    private final Span pending = value("storage-pending");
    private final Span lastError = value("storage-last-error");
    private final Paragraph errorDetail = new Paragraph();
    private final Button test = new Button();

    StorageSection(DocumentStore store, StorageProperties properties, AppTimes times) {
        this.store = store;
        this.times = times;
        this.properties = properties;
        setPadding(false);
        addClassNames("settings-section");
        setId("storage-section");
        add(new H3(getTranslation("storage.title")));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.addFormItem(type, getTranslation("storage.type"));
        StorageProperties.GitHub github = properties.storage().github();
        if (properties.storage().type() == StorageProperties.Type.GITHUB) {
            form.addFormItem(text("storage-repository", github.repository()), getTranslation("storage.repository"));
            form.addFormItem(text("storage-branch", github.branch()), getTranslation("storage.branch"));
            form.addFormItem(text("storage-path", github.path().isEmpty() ? getTranslation("storage.path.root")
                    : github.path()), getTranslation("storage.path"));
        } else {
            form.addFormItem(text("storage-folder", store.status().location()), getTranslation("storage.folder"));
        }
        form.addFormItem(lastSync, getTranslation("storage.last-sync"));
        form.addFormItem(pending, getTranslation("storage.pending"));
        form.addFormItem(lastError, getTranslation("storage.last-error"));
        errorDetail.setId("storage-error-detail");
        errorDetail.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        test.setText(getTranslation("storage.test"));
        test.addClickListener(e -> testConnection());
        test.setId("storage-test");
        test.setDisableOnClick(true);
        add(form, errorDetail, test);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        show(store.status());
    }

    private void testConnection() {
        StorageStatus status = store.testConnection();
        show(status);
        boolean ok = status.lastErrorKey() == null;
        if (ok) {
            Notices.success(getTranslation("storage.test.ok"));
        } else {
            Notices.error(getTranslation("storage.test.failed") + " " + getTranslation(status.lastErrorKey()));
        }
        test.setEnabled(true);
    }

    private void show(StorageStatus status) {
        type.setText(getTranslation(status.type() == StorageProperties.Type.GITHUB ? "storage.type.github"
                : "storage.type.local"));
        lastSync.setText(status.lastSync() == null ? getTranslation("storage.last-sync.never")
                : times.dateTimeWithSeconds(status.lastSync(), getLocale()));
        pending.setText(status.pendingChanges() == 0 ? getTranslation("storage.pending.none")
                : String.valueOf(status.pendingChanges()));
        lastError.setText(status.lastErrorKey() == null ? getTranslation("storage.last-error.none")
                : getTranslation(status.lastErrorKey()));
        lastError.getStyle().set("color", status.lastErrorKey() == null ? null : "var(--lumo-error-text-color)");
        errorDetail.setText(status.lastErrorDetail() == null ? "" : status.lastErrorDetail());
        errorDetail.setVisible(status.lastErrorDetail() != null);
    }

    private static Span value(String id) {
        Span span = new Span();
        span.setId(id);
        return span;
    }

    private static Span text(String id, String content) {
        Span span = value(id);
        span.setText(content);
        return span;
    }
}
