package org.oscetrainer.encounter.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoteAnswerRepository extends JpaRepository<NoteAnswerRow, Long> {

    List<NoteAnswerRow> findByEncounterIdOrderById(long encounterId);

    boolean existsByEncounterId(long encounterId);
}
