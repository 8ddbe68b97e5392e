package org.oscetrainer.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oscetrainer.catalog.CatalogService;
import org.oscetrainer.catalog.Skill;
import org.oscetrainer.catalog.StationSummary;
import org.oscetrainer.examsession.ExamSessionService;
import org.oscetrainer.encounter.EncounterService;
import org.oscetrainer.encounter.EncounterSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The student's progress by skill across all their attempts, weakest first. Only the student's own
 * encounters count, and of those only the ones whose results they may see: an exam's attempts stay
 * out until faculty release the results. Every attempt is read through the same checks as the result
 * page ({@link ScoringService#report}, {@link FinalScores#finalScore}); what comes back is sums of
 * points per skill, no item's text.
 */
@Service
@PreAuthorize("hasRole('PLAY_STATIONS')")
public class SkillProgressService {

    private final EncounterService encounters;
    private final ScoringService scoring;
    private final FinalScores finalScores;
    private final ExamSessionService sessions;
    private final CatalogService catalog;

    SkillProgressService(EncounterService encounters, ScoringService scoring, FinalScores finalScores,
            ExamSessionService sessions, CatalogService catalog) {
        this.encounters = encounters;
        this.scoring = scoring;
        this.finalScores = finalScores;
        this.sessions = sessions;
        this.catalog = catalog;
    }

    /**
     * Every skill, the practised ones weakest first (lowest share of points, then fewer attempts),
     * then those never practised; each with the practice stations that train it, those in
     * {@code language} first.
     */
    public List<SkillProgress> myProgress(String language) {
        Map<Skill, int[]> sums = new EnumMap<>(Skill.class); // points, max, attempts, reviewed
        for (EncounterSummary e : encounters.myEncounters()) {
            if (!e.ended() || e.examSessionId() != null && !sessions.resultsVisible(e.examSessionId())) {
                continue;
            }
            Optional<ScoreReport> report = scoring.report(e.id());
            if (report.isEmpty()) {
                continue;
            }
            Map<String, Integer> decided = new HashMap<>();
            Optional<FinalScore> signed = finalScores.finalScore(e.id());
            signed.ifPresent(f -> f.items().forEach(i -> decided.put(i.itemId(), i.points())));
            Map<Skill, int[]> attempt = new EnumMap<>(Skill.class);
            for (ItemScore item : report.get().items()) {
                skillOf(item).ifPresent(skill -> {
                    int[] s = attempt.computeIfAbsent(skill, k -> new int[2]);
                    s[0] += decided.getOrDefault(item.itemId(), item.points());
                    s[1] += item.maxPoints();
                });
            }
            attempt.forEach((skill, s) -> {
                int[] sum = sums.computeIfAbsent(skill, k -> new int[4]);
                sum[0] += s[0];
                sum[1] += s[1];
                sum[2]++;
                sum[3] += signed.isPresent() ? 1 : 0;
            });
        }
        Set<String> underExam = sessions.stationsUnderExam();
        List<StationSummary> practice = catalog.publishedStations().stream()
                .filter(s -> !underExam.contains(s.stationId()))
                .sorted(Comparator.comparing((StationSummary s) -> !s.language().equals(language))
                        .thenComparing(StationSummary::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<SkillProgress> progress = new ArrayList<>();
        for (Skill skill : Skill.values()) {
            int[] s = sums.getOrDefault(skill, new int[4]);
            progress.add(new SkillProgress(skill, s[0], s[1], s[2], s[3],
                    practice.stream().filter(st -> st.skills().contains(skill)).toList()));
        }
        progress.sort(Comparator.comparing((SkillProgress p) -> !p.practised()).thenComparingDouble(SkillProgress::share)
                .thenComparingInt(SkillProgress::attempts));
        return progress;
    }

    /** The skill a scored item trains: its rubric category, or for a note item its question's. */
    static Optional<Skill> skillOf(ItemScore item) {
        if (NoteScorer.CATEGORY.equals(item.category())) {
            return Optional.of(Skill.ofNoteQuestion(item.itemId().startsWith(NoteScorer.ID_PREFIX)
                    ? item.itemId().substring(NoteScorer.ID_PREFIX.length()) : item.itemId()));
        }
        return Skill.ofCategory(item.category());
    }
}
