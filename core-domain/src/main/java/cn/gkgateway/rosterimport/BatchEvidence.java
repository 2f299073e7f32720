package cn.gkgateway.rosterimport;

import cn.gkgateway.evidence.EvidenceStore;
import cn.gkgateway.evidence.MaterialIntake;
import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The signed, stamped printout (签字盖章的打印件) of a batch request (roster import, key-info change),
 * through the same pipeline as declaration materials ({@link MaterialIntake} with
 * {@link MaterialKind#PRINTOUT}): checked by content, photos re-encoded upright without EXIF, every copy
 * sealed at rest. The checks and the photo work run outside any database transaction; the request is
 * re-read and changed in a short one afterwards, and if that fails the new copies are discarded again.
 * A replaced printout's copies are discarded once the new one is committed.
 */
@Component
public class BatchEvidence {

    private static final Logger log = LoggerFactory.getLogger(BatchEvidence.class);

    /** Which copy: the full file, the display copy (≤ 1600 px) or the thumbnail (≤ 320 px); the last two for images only. */
    public enum Copy { ORIGINAL, DISPLAY, THUMBNAIL }

    /** An opened copy: its media type, a file name for Content-Disposition, and the bytes. */
    public record Opened(String mediaType, String fileName, byte[] content) {
    }

    private final MaterialIntake intake;
    private final EvidenceStore legacy;
    private final PersonalDataProtector protector;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    public BatchEvidence(MaterialIntake intake, EvidenceStore legacy, PersonalDataProtector protector,
                         PlatformTransactionManager transactions) {
        this.intake = intake;
        this.legacy = legacy;
        this.protector = protector;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** A batch request in the state it takes evidence in: a draft of the caller's own. */
    public interface Draft {
        /** Refuses unless still a draft. */
        void requireDraft();

        /** Attaches the printout; answers the one it replaces. */
        Optional<StoredMaterial> attachEvidence(StoredMaterial material);
    }

    /**
     * Takes an upload: the request {@code own} answers (in a read-only transaction) refuses unless a draft
     * before the body is read, then the file is checked and stored, then (in a writing transaction) the
     * request is read again, takes the material, and {@code audit} records it; the printout it replaces is discarded.
     */
    public void attach(InputStream body, String fileName, Supplier<? extends Draft> own, Consumer<StoredMaterial> audit) {
        reading.executeWithoutResult(status -> own.get().requireDraft());
        StoredMaterial stored = intake.accept(body, fileName, MaterialKind.PRINTOUT);
        Optional<StoredMaterial> replaced;
        try {
            replaced = writing.execute(status -> {
                Optional<StoredMaterial> previous = own.get().attachEvidence(stored);
                audit.accept(stored);
                return previous;
            });
        } catch (RuntimeException e) {
            intake.discard(stored);
            throw e;
        }
        replaced.ifPresent(this::discardQuietly);
    }

    /**
     * A copy of the evidence of the request {@code find} answers (in a read-only transaction, with its scope
     * check); EVIDENCE_NOT_FOUND when there is none, or no such copy (a PDF has no thumbnail).
     */
    public Opened open(Supplier<BatchRecord> find, Copy copy) {
        BatchRecord record = reading.execute(status -> find.get());
        Optional<StoredMaterial> stored = record.stored();
        if (stored.isPresent()) {
            StoredMaterial material = stored.get();
            String key = switch (copy) {
                case ORIGINAL -> material.originalKey();
                case DISPLAY -> material.displayKey();
                case THUMBNAIL -> material.thumbnailKey();
            };
            if (key == null) {
                throw notFound();
            }
            byte[] content = intake.read(key).orElseThrow(BatchEvidence::notFound);
            String mediaType = copy == Copy.ORIGINAL ? material.mediaType() : "image/jpeg";
            return new Opened(mediaType, fileName(material, copy), content);
        }
        if (record.legacyEvidenceKey() != null && copy == Copy.ORIGINAL) {
            byte[] sealed = legacy.get(record.legacyEvidenceKey()).orElseThrow(BatchEvidence::notFound);
            return new Opened(record.getEvidenceType(), legacyName(record.getEvidenceType()), protector.decryptBytes(sealed));
        }
        throw notFound();
    }

    /** The name shown for a printout uploaded before the material pipeline (it kept no name). */
    static String legacyName(String mediaType) {
        return "签字盖章的打印件." + switch (mediaType == null ? "" : mediaType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            default -> "pdf";
        };
    }

    private static String fileName(StoredMaterial material, Copy copy) {
        String name = material.displayName();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return switch (copy) {
            case ORIGINAL -> material.isImage() ? base + ".jpg" : name;
            case DISPLAY -> base + ".display.jpg";
            case THUMBNAIL -> base + ".thumbnail.jpg";
        };
    }

    private void discardQuietly(StoredMaterial material) {
        try {
            intake.discard(material);
        } catch (RuntimeException e) {
            log.warn("replaced evidence {} could not be removed: {}", material.id(), e.toString());
        }
    }

    static DomainException notFound() {
        return DomainException.notFound("EVIDENCE_NOT_FOUND", "尚未上传签字盖章的打印件，或该文件没有此预览");
    }
}
