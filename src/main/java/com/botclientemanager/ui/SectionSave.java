package com.botclientemanager.ui;

import com.botclientemanager.storage.StorageException;
import com.botclientemanager.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

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
}
