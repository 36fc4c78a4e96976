package com.botclientemanager.ui;

import com.botclientemanager.storage.DamagedDocumentException;
import com.botclientemanager.storage.StorageException;
import com.botclientemanager.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Saves a settings section the same way on every page: the fields' old errors are cleared, a refused value gets its
 * message under its field, a storage failure an error toast, and a save that went through a success toast.
 */
public final class SectionSave {

    private SectionSave() {
    }

    /**
     * Runs {@code save} and reports it; returns whether it went through. {@code fields} maps the field names the service
     * uses in {@link InvalidInputException#field()} to the inputs; a name not in it marks {@code fallback}.
     */
    public static boolean run(Component section, Map<String, HasValidation> fields, HasValidation fallback, Runnable save,
            String savedKey) {
        fields.values().forEach(field -> field.setInvalid(false));
        fallback.setInvalid(false);
        try {
            save.run();
        } catch (InvalidInputException e) {
            HasValidation field = fields.getOrDefault(e.field(), fallback);
            field.setErrorMessage(section.getTranslation(e.messageKey(), e.arguments()));
            field.setInvalid(true);
            return false;
        } catch (StorageException e) {
            Notices.error(section.getTranslation(e.messageKey()));
            return false;
        }
        Notices.success(section.getTranslation(savedKey));
        return true;
    }

    /**
     * The saved values a section shows, or {@code fallback} when they cannot be read: marked damaged when the document
     * is damaged (the section then shows no values and {@link #showDamaged} says why), not when the store is only
     * unreachable for now (the section shows the fallback, and saving reports the failure).
     */
    public static <T> Loaded<T> load(Supplier<T> saved, Supplier<T> fallback) {
        try {
            return new Loaded<>(saved.get(), false);
        } catch (DamagedDocumentException e) {
            return new Loaded<>(fallback.get(), true);
        } catch (StorageException e) {
            return new Loaded<>(fallback.get(), false);
        }
    }

    /** What {@link #load} read, and whether the document holding it is damaged. */
    public record Loaded<T>(T value, boolean damaged) {
    }

    /**
     * A section whose values are in settings.json while it is damaged: what it shows are not the saved values, so it is
     * disabled with a note saying why (the store would refuse the save anyway).
     */
    public static void showDamaged(VerticalLayout section) {
        Paragraph note = new Paragraph(section.getTranslation("damaged.section.note"));
        note.addClassNames("damaged-section-note");
        note.getStyle().set("color", "var(--lumo-error-text-color)");
        section.addComponentAtIndex(1, note);
        section.setEnabled(false);
    }
}
