package cn.gkgateway.keychange;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface KeyChangeRows extends JpaRepository<KeyChangeRow, Long> {

    List<KeyChangeRow> findByRequestIdOrderByLineNo(long requestId);

    List<KeyChangeRow> findByRequestIdAndAcceptedTrueOrderByLineNo(long requestId);
}
