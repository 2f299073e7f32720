package cn.gkgateway.evidence;

import cn.gkgateway.identity.PersonalDataProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.security.SecureRandom;

/**
 * Takes one uploaded material: reads the body up to the size limit (refused while streaming,
 * FILE_TOO_LARGE), checks the name ({@link MaterialNames}) and the content ({@link ContentInspector}:
 * by bytes, never by name or the client's Content-Type), turns photos into their three upright,
 * metadata-free JPEG copies ({@link PhotoProcessor}), and stores every copy sealed (AES-GCM with the
 * personal-data key, as the roster import's evidence) under a generated key in {@link MaterialStorage}.
 * Nothing is written before every check has passed, and nothing touches a disk but the sealed
 * copies: the raw upload lives only in memory, and is never stored for a photo.
 * The caller (the slot, the declaration …) keeps the returned {@link StoredMaterial} and, if its own
 * transaction fails or the material is removed, calls {@link #discard}.
 */
@Service
public class MaterialIntake {

    private static final Logger log = LoggerFactory.getLogger(MaterialIntake.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final String JPEG = "image/jpeg";

    private final MaterialStorage storage;
    private final PhotoProcessor photos;
    private final PersonalDataProtector protector;
    private final Clock clock;
    private final long maxBytes;
    private final ContentInspector inspector;
    private final SecureRandom random = new SecureRandom();

    public MaterialIntake(MaterialStorage storage, PhotoProcessor photos, PersonalDataProtector protector, Clock clock,
                          @Value("${gk.materials.max-bytes:10485760}") long maxBytes,
                          @Value("${gk.materials.max-pixels:50000000}") long maxPixels,
                          @Value("${gk.materials.max-side:12000}") int maxSide) {
        this.storage = storage;
        this.photos = photos;
        this.protector = protector;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.inspector = new ContentInspector(maxPixels, maxSide);
    }

    /** The upload limit in bytes (gk.materials.max-bytes, default 10 MB). */
    public long maxBytes() {
        return maxBytes;
    }

    public StoredMaterial accept(InputStream body, String displayName, MaterialKind kind) {
        String name = MaterialNames.displayName(displayName, kind);
        byte[] content = readLimited(body);
        ContentInspector.Inspection found = inspector.inspect(content, kind);
        String id = newId();
        String base = LocalDate.now(clock).format(DAY) + "/" + id;
        if (found.isImage()) {
            PhotoProcessor.ProcessedPhoto photo = photos.process(content);
            content = null; // the raw upload goes no further
            List<String> written = new ArrayList<>(3);
            try {
                String full = put(base + "-o", photo.full(), JPEG, written);
                String display = put(base + "-d", photo.display(), JPEG, written);
                String thumbnail = put(base + "-t", photo.thumbnail(), JPEG, written);
                return new StoredMaterial(id, kind, JPEG, name, photo.full().length, photo.width(), photo.height(), full, display, thumbnail);
            } catch (RuntimeException e) {
                written.forEach(this::deleteQuietly);
                throw e;
            }
        }
        List<String> written = new ArrayList<>(1);
        try {
            String original = put(base + "-o", content, found.format().mediaType, written);
            return new StoredMaterial(id, kind, found.format().mediaType, name, content.length, null, null, original, null, null);
        } catch (RuntimeException e) {
            written.forEach(this::deleteQuietly);
            throw e;
        }
    }

    /** Removes every stored copy of {@code material}. */
    public void discard(StoredMaterial material) {
        for (String key : new String[] {material.originalKey(), material.displayKey(), material.thumbnailKey()}) {
            if (key != null) {
                storage.delete(key);
            }
        }
    }

    /** The bytes (decrypted) of one stored copy, by one of a {@link StoredMaterial}'s keys. */
    public Optional<byte[]> read(String key) {
        if (!MaterialStorage.isKey(key)) {
            return Optional.empty();
        }
        return storage.open(key).map(in -> {
            try (in) {
                return protector.decryptBytes(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("material could not be read", e);
            }
        });
    }

    private String put(String key, byte[] plain, String mediaType, List<String> written) {
        storage.put(key, protector.encryptBytes(plain), mediaType);
        written.add(key);
        return key;
    }

    private void deleteQuietly(String key) {
        try {
            storage.delete(key);
        } catch (RuntimeException e) {
            log.warn("material copy {} could not be removed after a failed upload: {}", key, e.toString());
        }
    }

    private byte[] readLimited(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (body) {
            int n;
            while ((n = body.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw MaterialRefusals.tooLarge(maxBytes); // stop reading: the rest is never taken in
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("upload could not be read", e);
        }
        if (total == 0) {
            throw MaterialRefusals.empty();
        }
        return out.toByteArray();
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
