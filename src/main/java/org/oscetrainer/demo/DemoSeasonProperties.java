package org.oscetrainer.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's ready-made season.
 *
 * @param seedSeason {@code osce.demo.seed-season}: with the demo on, fill a demo cohort and a closed,
 *     released exam session at start-up (in the background), so that the overview, analytics and
 *     exports have figures from the first sign-in
 * @param students {@code osce.demo.seed-students}: how many simulated students the demo cohort has
 *     (besides the demo students)
 */
@ConfigurationProperties("osce.demo")
public record DemoSeasonProperties(@DefaultValue("true") boolean seedSeason, @DefaultValue("60") int seedStudents) {
}
