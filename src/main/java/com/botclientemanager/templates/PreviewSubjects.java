package com.botclientemanager.templates;

import java.util.List;

/**
 * Real clients the template preview can be rendered for. Implemented by the clients module; when no bean exists the
 * preview only offers the sample client.
 */
public interface PreviewSubjects {

    /** Up to {@code limit} clients matching the text (name, phone or plan); all of them, up to the limit, for blank text. */
    List<PreviewSubject> search(String text, int limit);

    /** A client as the preview shows it: a label for the picker and the values its placeholders take. */
    record PreviewSubject(String id, String displayName, MessageData data) {
    }
}
