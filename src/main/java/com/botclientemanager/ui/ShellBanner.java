package com.botclientemanager.ui;

import com.vaadin.flow.component.Component;

/**
 * A banner a module adds to the top of every page (for example "test mode: no message is really sent"). Beans of this
 * type are collected by the {@link MainLayout}; {@link #create()} runs once per page load in the user's UI.
 */
@FunctionalInterface
public interface ShellBanner {

    /** The banner to show, or {@code null} for none right now. */
    Component create();
}
