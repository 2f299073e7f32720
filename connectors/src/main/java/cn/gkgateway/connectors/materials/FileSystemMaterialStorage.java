package cn.gkgateway.connectors.materials;

import cn.gkgateway.evidence.MaterialStorage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Materials as files under one root directory (gk.materials.directory, default ./data/materials,
 * outside any web root: nothing under it is ever served as a static resource), in directories by
 * date ({@code 2026/06/15/<random>-o.bin}). Only keys matching {@link MaterialStorage#KEY} are resolved,
 * so no key can reach outside the root. Files are readable by the gateway's user only where the
 * file system has POSIX permissions.
 */
public class FileSystemMaterialStorage implements MaterialStorage {

    private final Path root;

    public FileSystemMaterialStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] content, String mediaType) {
        Path file = pathOf(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            ownerOnly(file);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("material key already used", e);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the write failed already; the original failure is what matters
            }
            throw new UncheckedIOException("material could not be written", e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        if (!MaterialStorage.isKey(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("material could not be read", e);
        }
    }

    @Override
    public void delete(String key) {
        if (!MaterialStorage.isKey(key)) {
            return;
        }
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new UncheckedIOException("material could not be deleted", e);
        }
    }

    private Path pathOf(String key) {
        MaterialStorage.requireKey(key);
        Path file = root.resolve(key + ".bin").normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not a material key");
        }
        return file;
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: its own permissions apply
        }
    }
}
