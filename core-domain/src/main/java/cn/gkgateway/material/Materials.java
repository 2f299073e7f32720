package cn.gkgateway.material;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface Materials extends JpaRepository<Material, Long> {

    List<Material> findByDeclarationIdOrderByIdAsc(Long declarationId);

    long countByDeclarationIdAndSlotCode(Long declarationId, String slotCode);

    Optional<Material> findByPublicId(String publicId);

    /** Materials stored after {@code afterId}, oldest first: what the live-update poller reads. */
    List<Material> findByIdGreaterThanOrderByIdAsc(Long afterId, Limit limit);

    Optional<Material> findTopByOrderByIdDesc();
}
