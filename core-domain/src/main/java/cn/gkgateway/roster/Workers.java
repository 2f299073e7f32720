package cn.gkgateway.roster;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface Workers extends JpaRepository<Worker, Long> {

    boolean existsByIdNumberHash(String idNumberHash);

    Optional<Worker> findByIdNumberHash(String idNumberHash);
}
