package cn.gkgateway.evidence;

import java.util.Optional;

/**
 * Where evidence files (signed and stamped printouts) are kept. Callers hand over bytes that are
 * already encrypted; the store only keeps and returns them under an opaque key.
 */
public interface EvidenceStore {

    /** Keeps {@code sealed} and answers the key to fetch it again. */
    String put(byte[] sealed);

    Optional<byte[]> get(String key);
}
