package cn.gkgateway.declaration;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeclarationForms extends JpaRepository<DeclarationForm, Long> {
}
