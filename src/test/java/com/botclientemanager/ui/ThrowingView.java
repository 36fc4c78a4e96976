package com.botclientemanager.ui;

import com.botclientemanager.storage.StorageException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page only the tests have: buttons whose click listeners throw what no screen catches. */
@Route(ThrowingView.ROUTE)
@PermitAll
public class ThrowingView extends VerticalLayout {

    static final String ROUTE = "test-only/throwing";
    static final String BUG_MARKER = "bug-in-a-click-listener-7f3a";
    static final String SECRET = "s3cr3t-t0ken-in-url";

    public ThrowingView() {
        Button bug = new Button("bug", e -> {
            throw new IllegalStateException(BUG_MARKER);
        });
        bug.setId("throw-bug");
        Button storage = new Button("storage", e -> {
            throw new StorageException("storage.error.write",
                    "GitHub at https://reseller:" + SECRET + "@git.example.com/api/v3 could not be reached");
        });
        storage.setId("throw-storage");
        add(bug, storage);
    }
}
