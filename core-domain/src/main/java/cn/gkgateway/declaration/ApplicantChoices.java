package cn.gkgateway.declaration;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface ApplicantChoices extends JpaRepository<ApplicantChoice, Long> {

    Optional<ApplicantChoice> findByPersonIdHashAndYear(String personIdHash, int year);
}
