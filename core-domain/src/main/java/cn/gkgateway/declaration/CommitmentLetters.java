package cn.gkgateway.declaration;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface CommitmentLetters extends JpaRepository<CommitmentLetter, String> {

    List<CommitmentLetter> findByRegionCodeIn(Collection<String> regionCodes);
}
