package cn.gkgateway.material;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

public interface UploadTokens extends JpaRepository<UploadToken, Long> {

    Optional<UploadToken> findByTokenHash(String tokenHash);

    Optional<UploadToken> findBySessionHash(String sessionHash);

    /** Claims an unclaimed token for one upload session; answers 0 when another phone was first. */
    @Modifying
    @Query("update UploadToken t set t.claimedAt = :at, t.sessionHash = :sessionHash where t.id = :id and t.claimedAt is null")
    int claim(long id, String sessionHash, Instant at);
}
