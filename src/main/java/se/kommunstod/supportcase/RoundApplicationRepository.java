package se.kommunstod.supportcase;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundApplicationRepository extends JpaRepository<RoundApplication, Long> {

  List<RoundApplication> findByRoundKeyOrderByPriorityAscIdAsc(String roundKey);
}
