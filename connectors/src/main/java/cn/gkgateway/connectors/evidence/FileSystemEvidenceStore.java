package cn.gkgateway.connectors.evidence;

import cn.gkgateway.evidence.EvidenceStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps evidence files (already encrypted by the caller) as files named by a random UUID under one
 * directory, two levels of sub-directories deep. Keys that are not such UUIDs are never resolved,
 * so a key cannot reach outside the directory.
 */
public class FileSystemEvidenceStore implements EvidenceStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;

    public FileSystemEvidenceStore(Path root) {
        this.root = root;
    }

    @Override
    public String put(byte[] sealed) {
        String key = UUID.randomUUID().toString();
        Path file = pathOf(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, sealed, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("evidence file could not be written", e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = pathOf(key);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("evidence file could not be read", e);
        }
    }

    private Path pathOf(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key + ".bin");
    }
}
