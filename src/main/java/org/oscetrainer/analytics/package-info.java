/**
 * Cohort analytics for faculty: each exam session's results (signed-off scores, global ratings, the
 * AI's proposals) and the psychometrics computed from them: score distributions, pass rates, item
 * difficulty and discrimination, Cronbach's alpha across stations, pass marks by borderline
 * regression, AI-versus-examiner agreement, and one student's profile.
 */
package org.oscetrainer.analytics;
