package com.botclientemanager.storage.internal;

import com.botclientemanager.storage.Document;
import com.botclientemanager.storage.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The members of a family of documents in the {@link LocalDocumentStore}: the files in the family's folder whose names
 * are member keys ({@link FamilyMembers#memberKey}, as in the GitHub store). Lists names only and takes no lock.
 */
final class LocalFamilyMembers {

    private final Path folder;
    private final LocalStoreStatus status;

    LocalFamilyMembers(Path folder, LocalStoreStatus status) {
        this.folder = folder;
        this.status = status;
    }

    List<String> of(Document family) {
        Path familyFolder = folder.resolve(family.name());
        List<String> keys = new ArrayList<>();
        try (var files = Files.newDirectoryStream(familyFolder, "*.json")) {
            for (Path file : files) {
                Optional<String> key = FamilyMembers.memberKey(family, file.getFileName().toString());
                if (key.isPresent() && Files.isRegularFile(file)) {
                    keys.add(key.get());
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw status.remember(new StorageException("storage.error.read", "cannot list " + familyFolder + ": "
                    + e.getMessage(), e));
        }
        keys.sort(null);
        return keys;
    }
}
