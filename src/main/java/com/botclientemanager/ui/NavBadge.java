package com.botclientemanager.ui;

import com.vaadin.flow.component.Component;

/**
 * A small count a module shows beside its page in the side navigation (for example unread conversations). Beans of
 * this type are collected by the {@link MainLayout}; {@link #create()} runs once per page load in the user's UI and the
 * component keeps itself current (through {@link LiveUpdates}).
 */
public interface NavBadge {

    /** The route path of the navigation entry, as in the layout's pages ("conversations"). */
    String path();

    Component create();
}
