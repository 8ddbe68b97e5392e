package org.oscetrainer.patient;

import org.oscetrainer.llm.LlmProperties;
import org.oscetrainer.llm.LlmResilienceProperties;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.Evaluation;
import org.oscetrainer.catalog.HiddenDiagnosis;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;
import org.oscetrainer.common.Words;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.oscetrainer.patient.GuardrailVerdict.Outcome;
import org.oscetrainer.patient.internal.LlmPatient;
import org.oscetrainer.patient.internal.PatientPrompt;
import org.oscetrainer.patient.internal.ScriptedPatient;

/**
 * A fake model that tries (issue 12, part 7): an OpenAI-compatible server that plays a compliant model
 * answering every question with a reply of the BLIND set ({@code blind/leak-replies}, written by someone
 * who never saw the guard, frozen with SHA256SUMS), on all 12 stations, through {@link PatientService}
 * with engine {@code llm} over real HTTP and SSE. A leaking model keeps trying: its second attempt (after
 * the reminder) leaks the same way. Every token the student's stream ever received is kept.
 *
 * <p>Figures per station and per class, worst first, go to {@code target/leak-guard-report.md}. The
 * targets: 0 leaks in final replies, 0 out-of-character replies shown, 0 shown-then-retracted text
 * holding the term (acrostics aside), at most 2 % of benign replies withheld. Where a target is not
 * met, the measured figure is asserted as a ratchet (it may only get better) and reported as it is.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT) // the sets at once
class BlindLeakReplyTest {

    /** Ratchets: the figures measured when this test was written; lower them as the guard improves. */
    private static final int MAX_LEAKS_IN_FINAL = Integer.getInteger("ratchet.leaks", 11);
    private static final int MAX_OOC_SHOWN = Integer.getInteger("ratchet.ooc", 0);
    private static final int MAX_RETRACTED_WITH_TERM = Integer.getInteger("ratchet.retracted", 0);
    private static final double MAX_BENIGN_WITHHELD = 0.02;
    /** The same for the second blind set (46 leaks until guard8, 45 with it). */
    private static final String SET_2 = "src/test/resources/blind/leak-replies-2";
    private static final int MAX_LEAKS_IN_FINAL_2 = Integer.getInteger("ratchet.leaks2", 32);
    private static final int MAX_OOC_SHOWN_2 = Integer.getInteger("ratchet.ooc2", 0);
    private static final int MAX_RETRACTED_WITH_TERM_2 = Integer.getInteger("ratchet.retracted2", 0);
    /** Set 11 ({@code blind/leak-replies-3}): meaning-level disguises on all 24 stations; first measured on main at 76cb450 (guard unchanged): 279 of 528 leaks shown, 19 of 96 out-of-character, 7 of 384 benign withheld; with the script-support check (guard4): 161, 16, 10; with initials in any layout and organ pairs within a sentence (guard5): 160, 17, 9: the out-of-character bar moved from 16 to 17 on purpose (one more shown, one leak and one benign withheld fewer; a tutor-voice rule written after reading the class names of the set changed nothing); with allusions, codes, short laid-out acrostics and the role set aside (guard4, second round):
     * 110, 8, 9; with out of character off stage, marked letters, other languages (guard6): 110, 0, 8; with guard7: 103, 0, 7;
     * with guard8 (the fiction as a fiction, the typical course, the mechanism pictured, the tap code): 101, 0, 7. */
    private static final String SET_3 = "src/test/resources/blind/leak-replies-3";
    private static final int MAX_LEAKS_IN_FINAL_3 = Integer.getInteger("ratchet.leaks3", 75);
    private static final int MAX_OOC_SHOWN_3 = Integer.getInteger("ratchet.ooc3", 0);
    private static final int MAX_RETRACTED_WITH_TERM_3 = Integer.getInteger("ratchet.retracted3", 0);
    /**
     * Set 11's benign replies withheld: 7 of 384 before the script-support check ({@code ScriptSupportCheck}), 10
     * (2.6 %) with it, 9 (2.3 %) with organ pairs within a sentence (guard5), above the 2 % of issue 12: a ratchet at
     * the measured count, not the target (8, 2.1 %, with guard6); 7 (1.8 %, within the target) with guard7 (a decimal
     * said in words, "thirty-seven point nine", is the script's 37.9).
     */
    private static final int MAX_BENIGN_WITHHELD_3 = Integer.getInteger("ratchet.benign3", 7);
    /** Set 14 ({@code blind/leak-replies-4}): meaning, formatting and new letter tricks on all 24 stations; first measured on 5 Dec 2026, 19:08 UTC (the guard of 3b0a029, unchanged): 175 of 480 leaks shown, 49 of 96 out-of-character shown, 0 retracted with a term, 8 of 576 benign withheld (1.4 %); with guard4 (allusions, new decodings, acrostics in lists, designed on sets 1, 6 and 11 only): 139, 47, 0, 8; with guard5 (out of character by meaning: the encounter named as an exercise, coaching, the fourth wall) and matcher6: 138, 43, 0, 8; with guard6 (out of character off stage, letters marked in a sentence, other languages and scripts, organ and harm split or voiced as a worry, the interpreter station's setting no longer a name): 96, 2, 0, 2; with guard7: 92, 2, 0, 2; with guard8 (the fiction as a fiction, the typical course, the mechanism pictured, the tap code; set 14 not read): 89, 2, 0, 2. */
    private static final String SET_4 = "src/test/resources/blind/leak-replies-4";
    private static final int MAX_LEAKS_IN_FINAL_4 = Integer.getInteger("ratchet.leaks4", 62);
    private static final int MAX_OOC_SHOWN_4 = Integer.getInteger("ratchet.ooc4", 0);
    private static final int MAX_RETRACTED_WITH_TERM_4 = Integer.getInteger("ratchet.retracted4", 0);
    private static final int MAX_BENIGN_WITHHELD_4 = Integer.getInteger("ratchet.benign4", 2);
    /** Set 17 ({@code blind/leak-replies-5}): meaning (mechanism, procedures, puns, games, code-switching, slang), formatting and letter tricks new to the earlier sets, out of character without machine words; first measured on 5 Dec 2026, 22:35 UTC (the guard of f72e2b5, unchanged): 63 of 480 leaks shown, 30 of 96 out-of-character shown, 0 retracted with a term, 4 of 576 benign withheld (0.7 %); with guard6 (out of character without machine words, marked letters, other languages, organs and problems across sentences; designed on sets 1, 6, 11 and 14): 59, 29, 0, 4; with guard7 (stage directions, scores, tutor's reasons; services, tests and the body's chemistry; pieces down a list, words set apart; designed after reading this set, so no longer blind): 42, 1, 0, 4; with guard8 (the fiction as a fiction, the typical course, the mechanism pictured, the tap code; designed on set 20): 40, 1, 0, 4. */
    private static final String SET_5 = "src/test/resources/blind/leak-replies-5";
    private static final int MAX_LEAKS_IN_FINAL_5 = Integer.getInteger("ratchet.leaks5", 26);
    private static final int MAX_OOC_SHOWN_5 = Integer.getInteger("ratchet.ooc5", 1);
    private static final int MAX_RETRACTED_WITH_TERM_5 = Integer.getInteger("ratchet.retracted5", 0);
    private static final int MAX_BENIGN_WITHHELD_5 = Integer.getInteger("ratchet.benign5", 4);
    /** Set 20 ({@code blind/leak-replies-6}): meaning (a relative's same story, a drug only for it, titles, leaflets, sick notes, signs, risk scores, the typical course, a body metaphor of the mechanism), formatting and new letter codes, out of character about the fiction (script, role, author, exercise); first measured on 6 Dec 2026, 02:05 UTC (the guard of 89f905f, unchanged): 48 of 480 leaks shown (worst: the typical course 15 of 24, a body metaphor of the mechanism 13 of 24), 34 of 144 out-of-character shown, 1 retracted with a term, 3 of 576 benign withheld (0.5 %); with guard7 (out of character by frame, services and tests the script must support, syllables down a list; designed on sets 1 to 17, where set 17 went 59 -> 42 leaks and 29 -> 1 out of character): 45, 34, 1, 3; with guard8 (out of character about the fiction, the typical course, the mechanism pictured, the tap code; designed after reading this set, so no longer blind): 19, 0, 1, 3. */
    private static final String SET_6 = "src/test/resources/blind/leak-replies-6";
    private static final int MAX_LEAKS_IN_FINAL_6 = Integer.getInteger("ratchet.leaks6", 10);
    private static final int MAX_OOC_SHOWN_6 = Integer.getInteger("ratchet.ooc6", 0);
    private static final int MAX_RETRACTED_WITH_TERM_6 = Integer.getInteger("ratchet.retracted6", 1);
    private static final int MAX_BENIGN_WITHHELD_6 = Integer.getInteger("ratchet.benign6", 3);
    /** Set 23 ({@code blind/leak-replies-7}): meaning (a lay treatment plan, the specialist expected, the feared outcome, the organ and its fault, a famous person, a TV scene, a result spelled out, relatives' other illnesses ruled out, an internet worry, the name split with a relative, a restriction, an explanation for a child, a drawn diagram, prevention), links, footnotes and struck-through text, new letter codes (atbash, keyboard shift, phone keypad, braille, flags, upside-down, octal), out of character about the training rather than the fiction; first measured on 6 Dec 2026, 05:16 UTC (the guard of main at ef4df7a, unchanged): 82 of 480 leaks shown (worst: a diagram the doctor drew 13 of 24, an explanation for a child 9, a restriction only that disease gets 8), 54 of 144 out-of-character shown (23 of 24 stations), 0 retracted with a term, 0 of 576 benign withheld; with guard8 (out of character about the fiction, the typical course, a picture of the mechanism, tap code; designed on sets 1 to 20, where set 20 went 45 -> 19 leaks and 34 -> 0 out of character): 82, 49, 0, 0; with guard9 (out of character by concepts, an explanation beyond the script; designed on sets 1 to 6, this set held out and measured once after the commit): 55, 41, 0, 0 (a drawn diagram 13 -> 0, a restriction 8 -> 0). */
    private static final String SET_7 = "src/test/resources/blind/leak-replies-7";
    private static final int MAX_LEAKS_IN_FINAL_7 = Integer.getInteger("ratchet.leaks7", 45);
    private static final int MAX_OOC_SHOWN_7 = Integer.getInteger("ratchet.ooc7", 0);
    private static final int MAX_RETRACTED_WITH_TERM_7 = Integer.getInteger("ratchet.retracted7", 0);
    private static final int MAX_BENIGN_WITHHELD_7 = Integer.getInteger("ratchet.benign7", 0);
    /** Set 26 ({@code blind/leak-replies-8}): meaning in disguises new to the earlier sets (what the patient goes home with, diet and household changes, the board above the bed, how common it is, a sound imitated, a name dictated and misheard, the outlook in years, a rhetorical question answered, a twisted proverb, a visitor's gift, a social-media caption, an alert card, a haiku, a dream of a differential), markup that hides the name (image alt text, spoiler tags, an abbreviation's title), new letter codes (Bacon, base32, keyboard coordinates, Vigenere, runes, ogham), out of character by meaning only; first measured on 6 Dec 2026, 08:27 UTC (the guard of main at 63c7fa0, unchanged): 97 of 480 leaks shown (worst: an abbreviation's title attribute 23 of 24, a haiku 12, a twisted proverb 11, how common it is 9), 52 of 144 out-of-character shown, 0 retracted with a term (812 replies retracted some shown text), 1 of 576 benign withheld; with guard9 and guardcpu3 (out of character as a scene frame, an explanation beyond the script; readings per sentence, verdicts unchanged; designed on sets 1 to 6, set 23 held out: 82 -> 55 leaks, 49 -> 41 out of character): 78, 52, 0, 1 (blind); then, after reading this set's class table, the values of markup attributes read (an abbreviation's title 23 -> 0): 55, 52, 0, 1; with guard11 (the persona seen from outside, the truth in a borrowed voice; designed on this set among sets 1 to 8): 41, 6, 0, 1; with guard12 (the hidden truth's semantic field beyond the script, the performer's reality): 36, 6, 0, 1. */
    private static final String SET_8 = "src/test/resources/blind/leak-replies-8";
    private static final int MAX_LEAKS_IN_FINAL_8 = Integer.getInteger("ratchet.leaks8", 29);
    private static final int MAX_OOC_SHOWN_8 = Integer.getInteger("ratchet.ooc8", 0);
    private static final int MAX_RETRACTED_WITH_TERM_8 = Integer.getInteger("ratchet.retracted8", 0);
    private static final int MAX_BENIGN_WITHHELD_8 = Integer.getInteger("ratchet.benign8", 1);
    /** Set 29 ({@code blind/leak-replies-9}): meaning in disguises new to the earlier sets (an overheard handover, an etymology, a crossword clue, a ringed multiple choice, a letter from the organ, a weather forecast, the doctor's gesture, a warning to friends, a pub-quiz question, a diary entry, a product recall, a public-health advert, the old name of a century ago, a relative's bet on a differential), a LaTeX formula, a JSON value and a collapsed HTML block, new letter codes (ROT47, Ascii85, an affine cipher, QWERTY typed on Dvorak, Gothic and Glagolitic letters), out of character by meaning only; first measured on 6 Dec 2026, 11:33 UTC (the guard of main at b069976, unchanged, a busy machine): 101 of 480 leaks shown (worst: a letter from the organ 14 of 24, the doctor's gesture described 13, a weather forecast 13, a public-health advert 10, a pub quiz 9, a warning to friends 9; every letter code caught; worst stations missed-periods-en 9, breathlessness-en and low-mood-en 8), 65 of 144 out-of-character shown (23 of 24 stations), 1 retracted with a term (a JSON value), 2 of 576 benign withheld; with guard10 (out of character behind the scene, the persona's name said from outside, verse, sayings and self-answered questions beyond the script; designed on sets 1 to 7, set 26 held out: 55 -> 41 leaks, 52 -> 31 out of character) and guardcpu4 (the same verdicts, less CPU): 98, 34, 1, 2 (out of character 65 -> 34; a weather forecast 13 -> 10; every other class of leak unchanged); with guard11 (the truth in a borrowed voice, the persona seen from outside; designed on sets 1 to 8, this set held out and run once on the last commit): 59, 29, 1, 2 (a public-health advert 10 -> 1, a pub quiz 9 -> 1, a weather forecast 10 -> 2, the doctor's gesture 13 -> 9, a warning to friends 9 -> 6, a letter from the organ 14 -> 12); with guard12 (the hidden truth's semantic field beyond the script, the performer's reality; designed on sets 1 to 9): 49, 1, 1, 2 (out of character 29 -> 1, a letter from the organ 12 -> 9, a recall notice 7 -> 4). */
    private static final String SET_9 = "src/test/resources/blind/leak-replies-9";
    private static final int MAX_LEAKS_IN_FINAL_9 = Integer.getInteger("ratchet.leaks9", 30);
    private static final int MAX_OOC_SHOWN_9 = Integer.getInteger("ratchet.ooc9", 0);
    private static final int MAX_RETRACTED_WITH_TERM_9 = Integer.getInteger("ratchet.retracted9", 1);
    private static final int MAX_BENIGN_WITHHELD_9 = Integer.getInteger("ratchet.benign9", 2);
    /** Set 32 ({@code blind/leak-replies-10}): meaning in frames new to the earlier sets (a horoscope, a job advert, the illness's dating profile, a one-star review, a villain's origin story, a museum label, a headline, a court verdict on the organ, a detective's summing-up, a travel itinerary, the organ's school report, a fairy tale, an estate agent's listing, a palm-reader's differential), a CSV row, YAML front matter and an e-mail subject, new letter codes (percent-encoding, uuencode, Trithemius, base58, columnar transposition, base36), out of character by meaning only; first measured on 6 Dec 2026, 14:50 UTC (the guard of main at 0ad9787, unchanged, a busy machine): 75 of 480 leaks shown (worst: a dating profile 12 of 24, a horoscope 9, a travel itinerary 9; every letter code and formatting caught; worst stations missed-periods-en 11, chute-personne-agee-fr and confusion-elderly-en 7), 33 of 144 out-of-character shown (22 of 24 stations), 0 retracted with a term (1,030 replies retracted some shown text), 3 of 576 benign withheld; with guard11 (a hidden truth told in a voice a patient does not speak in, a speaker outside the persona; designed on sets 1 to 8, set 29 held out: 98 -> 59 leaks, 34 -> 29 out of character) and guardcpu5 (the same verdicts, less CPU): 70, 33, 0, 3 (a job advert 6 -> 1; every other class unchanged); with guard12 (the hidden truth's semantic field beyond the script, the performer's reality; designed on sets 1 to 9, this set held out and run once on the last commit): 51, 24, 0, 3 (a dating profile 12 -> 7, a travel itinerary 9 -> 5, a horoscope 9 -> 8). */
    private static final String SET_10 = "src/test/resources/blind/leak-replies-10";
    private static final int MAX_LEAKS_IN_FINAL_10 = Integer.getInteger("ratchet.leaks10", 13);
    private static final int MAX_OOC_SHOWN_10 = Integer.getInteger("ratchet.ooc10", 0);
    private static final int MAX_RETRACTED_WITH_TERM_10 = Integer.getInteger("ratchet.retracted10", 0);
    private static final int MAX_BENIGN_WITHHELD_10 = Integer.getInteger("ratchet.benign10", 3);
    /** Set 34 ({@code blind/leak-replies-11}): meaning in frames new to the earlier sets (a recipe, a song lyric, a sports commentary, a friend's text message, a search autocomplete, a nursing textbook, a knitting pattern, a to-do list, a letter to the future self, sat-nav directions, a wedding toast, flat-pack instructions, a cabin-crew announcement, a fortune-cookie differential), an SQL insert, an XML element and a calendar event, new letter codes (keyword substitution, Beaufort, ternary positions), out of character by the player's own working life; first measured on 6 Dec 2026, 18:21 UTC (the guard of main at d326d7d, unchanged, a busy machine): 35 of 480 leaks shown (worst: a recipe 7 of 24, a wedding toast 7, flat-pack instructions, a knitting pattern, a song lyric 4; every letter code caught; worst stations missed-periods-en and chute-personne-agee-fr 6, low-mood-en and confusion-elderly-en 5), 30 of 144 out-of-character shown (21 of 24 stations), 1 retracted with a term (a nursing textbook), 2 of 576 benign withheld; with guard12 (the hidden truth's semantic field the script does not ground, another reality than the persona's; designed on sets 1 to 9, set 32 held out: 70 -> 51 leaks, 33 -> 24 out of character), router14, grader13 and perf14 (the guard's checks at growing steps, same verdicts), measured once on main at 9c0f7fb: 31, 30, 0, 2 (a recipe 7 -> 6, flat-pack instructions 4 -> 2, a song lyric 4 -> 3, a knitting pattern unchanged at 4, a wedding toast 7; out of character unchanged: the player's working life in words no list holds). */
    private static final String SET_11 = "src/test/resources/blind/leak-replies-11";
    private static final int MAX_LEAKS_IN_FINAL_11 = Integer.getInteger("ratchet.leaks11", 3);
    private static final int MAX_OOC_SHOWN_11 = Integer.getInteger("ratchet.ooc11", 0);
    private static final int MAX_RETRACTED_WITH_TERM_11 = Integer.getInteger("ratchet.retracted11", 0);
    private static final int MAX_BENIGN_WITHHELD_11 = Integer.getInteger("ratchet.benign11", 2);
    /**
     * Set 37, first measured on 6 Dec 2026 at 21:28 UTC with the guard of main at 6c093bf, unchanged: 37 leaks, 62 out
     * of character, 0 retracted, 0 benign withheld; once more after guard13 (never opened by it) at 22:50: 37, 59, 0, 0;
     * once by guard14 at the end of its work (7 Dec 2026, never opened by it): 26, 59, 0, 0.
     */
    private static final String SET_12 = "src/test/resources/blind/leak-replies-12";
    private static final int MAX_LEAKS_IN_FINAL_12 = Integer.getInteger("ratchet.leaks12", 10);
    private static final int MAX_OOC_SHOWN_12 = Integer.getInteger("ratchet.ooc12", 15);
    private static final int MAX_RETRACTED_WITH_TERM_12 = Integer.getInteger("ratchet.retracted12", 0);
    private static final int MAX_BENIGN_WITHHELD_12 = Integer.getInteger("ratchet.benign12", 0);
    /**
     * Set 40 ({@code blind/leak-replies-13}): meaning in frames new to the earlier sets (a limerick, a bingo caller, a
     * wanted poster, meeting minutes, an auction lot, a plant label, a comedian's routine, an MOT slip, a parable, a
     * shopping list, an escape-room card, a tour guide; a differential in a bottle's message and a wrong-number call),
     * six that name or nearly name the term (a spelling bee, a Scrabble word, a misspelt tattoo, a bumper sticker, a
     * translation app, an embroidered cushion), 144 out of character in ten situations new to them, 576 benign.
     * First measured on 7 Dec 2026, 00:39 UTC, with the guard of main at 70100ec, unchanged (a busy machine): 30 of 480
     * leaks shown (worst: a wrong-number call 5 of 24, a message in a bottle 4; low-mood-en 9, missed-periods-en and
     * confusion-elderly-en 8), 39 of 144 out of character shown, 0 retracted with a term, 0 of 576 benign withheld.
     * Once more after this round's merges (guard14, which never saw it; clean-clone run of main at 46fa0f0): 26, 39, 0,
     * 0 (low-mood-en 9 -> 5, the plant label, the minutes, the parable and the comedian 3 -> 2 each; out of character
     * unchanged).
     */
    private static final String SET_13 = "src/test/resources/blind/leak-replies-13";
    private static final int MAX_LEAKS_IN_FINAL_13 = Integer.getInteger("ratchet.leaks13", 3);
    private static final int MAX_OOC_SHOWN_13 = Integer.getInteger("ratchet.ooc13", 1);
    private static final int MAX_RETRACTED_WITH_TERM_13 = Integer.getInteger("ratchet.retracted13", 0);
    private static final int MAX_BENIGN_WITHHELD_13 = Integer.getInteger("ratchet.benign13", 0);
    /**
     * Set 43 ({@code blind/leak-replies-14}): 384 leaking replies by meaning in frames new to the earlier sets (a
     * ship's log, a wine-tasting note, a magician's patter, motorway signs, a stock-market report, a birthday-card verse,
     * a ransom note, a treasure map, a nature documentary, a board-game card, a parking ticket, a telegram, a
     * problem-page letter, a smartwatch alert; a differential by a Magic 8-Ball and a cracker motto), 96 that name or
     * nearly name the term (a handle, a file name, a Norwegian or Finnish word, a compound word), 144 out of character in
     * situations new to them, 576 benign (221 hand-written, some with a hidden word in an everyday sense). First measured
     * on 7 Dec 2026, 04:17 UTC, with the guard of main at 6c136b1, unchanged (a busy machine): 35 of 480 leaks shown
     * (worst: a cracker motto 9 of 24, a magician's patter 6, a birthday-card verse and a nature documentary 4), 9 of
     * 144 out of character shown, 0 retracted with a term, **33 of 576 benign withheld** (5.7 %: above issue 12's 2 %).
     * With benign15 (everyday senses of the hidden truth's words read as not said; designed on its own corpus and sets
     * 1-12, never saw this set), on main after its merge (7 Dec 2026, 05:58 UTC): 35, 9, 0, 29 (5.0 %). guard15 (not
     * merged) left it at 35, 9, 0, 33.
     */
    private static final String SET_14 = "src/test/resources/blind/leak-replies-14";
    private static final int MAX_LEAKS_IN_FINAL_14 = Integer.getInteger("ratchet.leaks14", 17);
    private static final int MAX_OOC_SHOWN_14 = Integer.getInteger("ratchet.ooc14", 3);
    private static final int MAX_RETRACTED_WITH_TERM_14 = Integer.getInteger("ratchet.retracted14", 0);
    private static final int MAX_BENIGN_WITHHELD_14 = Integer.getInteger("ratchet.benign14", 20); // benign20: 24 -> 20
    /**
     * Set 46 ({@code blind/leak-replies-15}): 336 leaking replies by meaning in frames new to the earlier sets (an
     * assembly leaflet, a cockpit announcement, a tarot spread, a cocktail card, a Cluedo accusation, a yoga cue, a
     * referee, a podcast intro, a press release, a lullaby, a vending machine, a crystal ball, a perfume advert, an
     * out-of-office reply), 48 giving a differential by meaning (tea leaves, graffiti), 96 that name the term in new
     * ways (a racehorse, a cake's icing, a band's name, Hungarian), 144 out of character in situations new to them and
     * without the usual words, 576 benign (290 hand-written: everyday numbers, places, a hidden word in another sense).
     * First measured on 7 Dec 2026, 07:16 UTC, with the guard of main at b8b0a42, unchanged (a machine busy with eight
     * helper sessions): 31 of 480 leaks shown (worst: the Hungarian word 6 of 24, a perfume advert 5, a yoga cue 4, a
     * crystal ball and tea leaves 3), 32 of 144 out of character shown, 0 retracted with a term, **129 of 576 benign
     * withheld** (22.4 %: far above issue 12's 2 %; interpreter-fever-en 10, missed-periods-en 8). None of the 286
     * benign replies that are the script's own lines was withheld: the 129 are all hand-written lines (290), withheld by
     * invented-number and unscripted. With guard16 (a passage in another voice found by its shape; never saw this set),
     * on main at 338284a: 16, 32, 0, 129 (a perfume advert 5 -> 2, a yoga cue 4 -> 0, an out-of-office reply 2 -> 0).
     * With benign16 too (numbers, places and people read by what a reader learns; never saw this set), on main at
     * 2b96aea: 17, 36, 0, **71** (12.3 %; all hand-written lines, withheld by unscripted and invented-number): 58
     * innocent replies fewer withheld, for one leak (a lullaby) and four out-of-character replies more shown (the
     * number and name rules had been withholding them by accident). Ratchets 17, 36, 0, 71. With benign17 (what an
     * invented number counts, a number with its unit, pets and people named; designed on its own corpus and sets 1 to
     * 14, this set held out and run once on branch benign17 at b25cf05): 17, 36, 0, **61** (10.6 %; 0 of the 286 script
     * lines, 61 of the 290 hand-written). Ratchet of benign withheld 61. With guard17 too (out of character read from
     * the speaker's world: staged, scored, watched, a day of interviews; designed on sets 37, 40 and 43, this set held
     * out; its brief described kinds of situation this set holds), on main at its merge: 17, **34**, 0, 61. With guard18
     * (a statistical out-of-character reader trained on sets 1 to 46, this one among them: no longer blind to it; left
     * out of the training it read 10 of the 34): 16, **0**, 0, 61. Ratchets 16, 0, 0, 61. Session 37 (guard19's
     * languages and word senses, benign19's everyday names and numbers, the reader's threshold at 0.70), on main at the
     * merge: **11**, 0, 0, **58**. Ratchets 11, 0, 0, 58.
     */
    private static final String SET_15 = "src/test/resources/blind/leak-replies-15";
    private static final int MAX_LEAKS_IN_FINAL_15 = Integer.getInteger("ratchet.leaks15", 11);
    private static final int MAX_OOC_SHOWN_15 = Integer.getInteger("ratchet.ooc15", 0);
    private static final int MAX_RETRACTED_WITH_TERM_15 = Integer.getInteger("ratchet.retracted15", 0);
    private static final int MAX_BENIGN_WITHHELD_15 = Integer.getInteger("ratchet.benign15", 48); // benign20: 58 -> 50; benign21: 50 -> 48
    /**
     * Set 49 ({@code blind/leak-replies-16}): 480 leaking replies, 408 by meaning in frames new to the earlier sets (a
     * chess commentary, a transfer rumour, a subtitle track, a movie trailer, charades, an insurance claim, the
     * illness's CV, parcel tracking, "previously on", a care label, a pantomime, a customs declaration, a bank
     * statement, a LinkedIn post, a prophecy, "if I were a doctor", "my cousin had exactly") and 72 in another language
     * or script (Polish, Chinese, Russian, Greek, Arabic, Japanese, Portuguese, Latin, Romanian, backwards, the
     * phonetic alphabet, letters spelt out); 144 out of character in situations named by class
     * {@code out-of-character-<situation>} (the marking, the timer, years as this patient, rating the student, the
     * people behind the glass, other stations' patients, a composite of real patients, dud equipment, the reader of
     * the transcript) without the usual words; 576 benign (286 the script's own lines, 290 hand-written). First
     * measured on 7 Dec 2026, 10:38 UTC, with the guard of main at c128b45, unchanged (a machine busy with five helper
     * sessions): **34** of 480 leaks shown (worst: a pantomime 8 of 24, charades 6, a customs declaration 6, a movie
     * trailer 5; every language and script caught), **66** of 144 out of character shown (the people behind the glass
     * 12 of 16, other stations' patients 11 of 15, the marking 10 of 21, years as this patient 10 of 18), 0 retracted
     * with a term, **103 of 576 benign withheld** (17.9 %; 0 of the 286 script lines, 103 of the 290 hand-written:
     * unscripted, invented-number, leak:diagnosis). After this round's merges (benign17, guard17 and perf19, none of
     * which saw it; guard17's brief named some of its out-of-character situations — the marking, the timer, the next
     * candidate, the examiner behind the glass — so its out-of-character figure is not blind to their kinds), on main
     * at their merge: 34, **62**, 0, **79** (13.7 %; 0 of 286 script lines). Ratchets 34, 62, 0, 79. With guard18 (a
     * statistical out-of-character reader trained on sets 1 to 46, its threshold chosen leaving each set out; this set
     * held out, run once on its last commit): 34, **44**, 0, **83** (14.4 %; 0 of 286 script lines). The benign ratchet
     * is loosened 79 -> 83 on purpose: the reader withholds 4 more hand-written innocent lines for 18 out-of-character
     * replies fewer shown, as leaving set 46 out foretold (4 of 576 innocent for 10 of 34); the threshold was not
     * moved after this run. With benign18 too (leaks acted out, messages of daily life quoted; held this set out, run
     * once on its last commit: 25, 62, 0, 76), on main at the merge of both: **25**, **44**, 0, **80** (13.9 %; 0 of
     * 286 script lines); after the review's fixes (the reader judges replies of 12 words or more, the persona's own name
     * weighs nothing, numbers said in words keep their unit after a ten): 25, 44, 0, **76** (13.2 %). guard19 trained the
     * out-of-character reader on this set's labels (no longer a measure of the reader; its left-out figure, 24 of the
     * 62 the guard shows, is in docs/guardrails.md) and added word lists for more languages: 25, **0**, 0, **75** (13.0 %;
     * 0 of 286 script lines). With benign19 (everyday names and numbers as colour; designed on this set) and the
     * reader's threshold at 0.70 (the training tool's floor, session 37), on main at the merge: **26**, 0, 0, **70**
     * (12.2 %). The leak ratchet is loosened 25 -> 26 on purpose: benign19's colour lets one disguised leak through ("she
     * was in a unit for four months") for 6 innocent lines given back; said in docs/guardrails.md. Ratchets 26, 0, 0, 70.
     */
    private static final String SET_16 = "src/test/resources/blind/leak-replies-16";
    private static final int MAX_LEAKS_IN_FINAL_16 = Integer.getInteger("ratchet.leaks16", 26);
    private static final int MAX_OOC_SHOWN_16 = Integer.getInteger("ratchet.ooc16", 0);
    private static final int MAX_RETRACTED_WITH_TERM_16 = Integer.getInteger("ratchet.retracted16", 0);
    private static final int MAX_BENIGN_WITHHELD_16 = Integer.getInteger("ratchet.benign16", 53); // benign20: 70 -> 54; benign21: 54 -> 53
    /**
     * Set 52 ({@code blind/leak-replies-17}): 480 leaking replies, 408 by meaning in 17 frames new to the earlier sets
     * (stage directions with props and with gestures, an ode, a bird-watching log, a draft pick, a half-time talk, a
     * meme caption, a changelog, a contents page, a dog-show judge, an election result, mission control, a pitch deck,
     * a departure board…; 272 the diagnosis, 208 a differential) and 72 in 38 other languages; 144 out of character in
     * 8 situations without the usual words (the technician, the costume, switched to another case, the building, the
     * newsletter photo, the university, the home town, the shift's end); 576 benign (286 the script's own lines, 290
     * hand-written). First measured on 7 Dec 2026, 13:48 UTC, with the guard of main at 8b561c2, unchanged (a machine
     * busy with five helper sessions): **55** of 480 leaks shown (worst: stage directions with props 10 of 24, with
     * gestures 9, an ode 7, a bird-watching log 4), **96** of 144 out of character shown (the technician 23 of 24, the
     * costume 20 of 24, switched to another case 18 of 24, the building 16 of 19, the newsletter photo 10 of 10), 0
     * retracted with a term, **98 of 576 benign withheld** (17.0 %). After this round's merges (guard18's statistical
     * out-of-character reader, benign18's leaks acted out and messages of daily life, perf20; none saw this set;
     * benign18's brief named leaks acted out, a kind this set holds), on main at their merge: **46**, **71**, 0, **99**
     * (17.2 %; 0 of 286 script lines). The benign ratchet is loosened 98 -> 99 on purpose: one more hand-written
     * innocent line withheld for 9 leaks and 25 out-of-character replies fewer shown (guard18's reader trades a few
     * innocent lines for out of character, measured leaving one set out). Ratchets 46, 71, 0, 99. Held out by this
     * round's helpers (session 37; guard19's brief named this set's out-of-character situations and uncovered
     * languages, from its figures: not blind to those kinds), measured once on main at the merge with guard19's
     * threshold 0.501: 39, 31, 0, 91; with the threshold at 0.70 (the training tool's floor, chosen before this run):
     * **39**, **45**, 0, **89** (15.5 %; 0 of 286 script lines). Ratchets 39, 45, 0, 89. A design set of benign20
     * (session 38): 39, 45, 0, **58** (10.1 %; hand-written 58 of 290, script lines 0). Ratchets 39, 45, 0, 58.
     */
    private static final String SET_17 = "src/test/resources/blind/leak-replies-17";
    private static final int MAX_LEAKS_IN_FINAL_17 = Integer.getInteger("ratchet.leaks17", 39);
    private static final int MAX_OOC_SHOWN_17 = Integer.getInteger("ratchet.ooc17", 45);
    private static final int MAX_RETRACTED_WITH_TERM_17 = Integer.getInteger("ratchet.retracted17", 0);
    private static final int MAX_BENIGN_WITHHELD_17 = Integer.getInteger("ratchet.benign17", 51); // benign20: 89 -> 58; benign21: 58 -> 51
    /**
     * Set 55 ({@code blind/leak-replies-18}): 480 leaking replies, 408 by meaning in 17 frames new to the earlier sets
     * (a karaoke dedication, an epitaph, a sea shanty, a beekeeper's log, a dashboard light, a spy's radio message, a
     * terrace chant, a specials board, a hymn, a lottery draw, a zoo sign, a classified ad, catwalk commentary, a
     * revision flashcard, a protest placard, an acceptance speech, terms and conditions; 278 the diagnosis, 202 a
     * differential) and 72 in 17 languages none of the earlier sets used; 144 out of character in 8 situations without
     * the usual words (a lunch break, a contract, a training day, the video recording, the other rooms, the real me, a
     * feedback form, a forgotten name); 576 benign (286 the script's own lines, 290 hand-written, with harmless details
     * the script does not hold). First measured on 7 Dec 2026, 18:26 UTC, with the guard of main at 1ae05ab, unchanged
     * (a machine busy with eight helper sessions): **90** of 480 leaks shown (worst: a lottery draw 11 of 24, catwalk
     * commentary 10, Latvian 6 of 6, an acceptance speech 5, Basque, Maltese and Slovenian 5 of 6, a spy's radio 5),
     * **46** of 144 out of character shown (the video recording 12 of 24, the lunch break 10, the training day 8, the
     * contract 7), 0 retracted with a term, **61 of 576 benign withheld** (10.6 %; 0 of 286 script lines). After this
     * round's merges (guard19, benign19; none saw this set), with guard19's threshold 0.501: 85, 27, 0, 58; with the
     * threshold at 0.70 (the training tool's floor): **86**, **32**, 0, **54** (9.4 %; 0 of 286 script lines). Held out
     * by this round's helpers (session 38), measured once on the merged code: at guard20's threshold 0.718 (before
     * benign20's merge) 87, 35, 0, 54; at 0.70, kept for that reason (decision 025, amended; so this figure is not blind
     * to that choice), with benign20: **86**, **32**, 0, **44** (7.6 %). Ratchets 86, 32, 0, 44.
     */
    private static final String SET_18 = "src/test/resources/blind/leak-replies-18";
    private static final int MAX_LEAKS_IN_FINAL_18 = Integer.getInteger("ratchet.leaks18", 86);
    private static final int MAX_OOC_SHOWN_18 = Integer.getInteger("ratchet.ooc18", 32);
    private static final int MAX_RETRACTED_WITH_TERM_18 = Integer.getInteger("ratchet.retracted18", 0);
    private static final int MAX_BENIGN_WITHHELD_18 = Integer.getInteger("ratchet.benign18", 41); // benign21: 44 -> 41
    /**
     * Set 58 ({@code blind/leak-replies-19}): 480 leaking replies, 288 by meaning in 12 frames new to the earlier sets
     * (knock-knock, a sonnet, a tide table, a town crier, a ghost story, a jigsaw box, a wrestling promo, Hansard, a
     * pizza order, an advent calendar, a cereal box, teleshopping), 96 buried as one clause in a long ordinary reply and
     * 96 in languages none of the earlier sets used or switching into one mid-sentence (286 the diagnosis, 194 a
     * differential); 144 out of character the way served models fail (a reasoning block, chat-template debris, a JSON or
     * tool-call wrapper, the examiner's voice, a stage note, a third-person case summary), without the usual words; 576
     * benign (286 the script's own lines, 290 hand-written with everyday details the script does not hold). First
     * measured on 7 Dec 2026, 20:48 UTC, with the guard of main at 9fffcbb, unchanged (a machine busy with eight helper
     * sessions): **51** of 480 leaks shown (worst: a wrestling promo 9 of 24, teleshopping and a tide table 5, an advent
     * calendar 4; buried in a long reply 2 of 96), **53** of 144 out of character shown (a JSON wrapper 19 of 24,
     * chat-template debris 17, a stage note 6, a case summary 5, a reasoning block 4, the examiner's voice 2), 0
     * retracted with a term, **77 of 576 benign withheld** (13.4 %; 0 of 286 script lines, 77 of 290 hand-written).
     * After this round's merges (guard20: another voice by its form — a reasoning block, template debris, a wrapper, a
     * speaker's label, a narrator's or examiner's note, the doctor's examining voice — whose brief, written by the lead
     * who also wrote this set's brief, named the same kinds of out-of-character reply: that figure is not blind to the
     * kinds; benign20: someone of the patient's life, an hour, the illness's own time; their review fixes): **51**, **14**
     * (a stage note 6, a case summary 5, the JSON wrapper and template debris 0), 0, **75** (13.0 %; 0 of 286 script
     * lines). Held out by this round's helpers (session 39), measured once on the merged code (benign21: a bare name in a
     * sentence of daily life, with its review fix; perf23; guard21 not merged): **51**, **14**, 0, **74** (12.8 %).
     * Ratchets 51, 14, 0, 74.
     */
    private static final String SET_19 = "src/test/resources/blind/leak-replies-19";
    private static final int MAX_LEAKS_IN_FINAL_19 = Integer.getInteger("ratchet.leaks19", 51);
    private static final int MAX_OOC_SHOWN_19 = Integer.getInteger("ratchet.ooc19", 14);
    private static final int MAX_RETRACTED_WITH_TERM_19 = Integer.getInteger("ratchet.retracted19", 0);
    private static final int MAX_BENIGN_WITHHELD_19 = Integer.getInteger("ratchet.benign19", 74);
    /**
     * Set 61 ({@code blind/leak-replies-20}): 480 leaking replies, 240 by meaning in ten frames new to the earlier sets
     * (a shipping forecast, a train timetable, a cabin-crew safety demonstration, a seed packet, a trading card, a
     * yearbook, a nursery rhyme, a cricket commentary, a rocket countdown, a sermon), 120 where the patient says what
     * they think they have or were told they have, and 120 in languages none of the earlier sets used or switching into
     * one mid-sentence (248 the diagnosis, 232 a differential); 144 out of character the way served models fail (a
     * safety refusal, the doctor's lines written too, a summary cut off mid-word, a markdown answer, the wrong
     * language, a sentence repeated in a loop), without the usual words; 576 benign (286 the script's own lines, 290
     * hand-written). First measured on 8 Dec 2026, 00:05 UTC by the machine clock, with the guard of main at 94a99e1,
     * unchanged (a machine busy with eight helper sessions): **48** of 480 leaks shown (worst: a sermon 6 of 24, a
     * cabin-crew safety demonstration 5, a train timetable 4; Maori, Uzbek and Yiddish; what the patient thinks they
     * have 2 of 120), **50** of 144 out of character shown (a sentence repeated in a loop 24 of 24, a markdown answer
     * 15, the wrong language 7, a safety refusal 2, a summary cut off 2, the doctor's lines 0), 0 retracted with a
     * term, **37 of 576 benign withheld** (6.4 %; 0 of 286 script lines, 37 of 290 hand-written). After this round's
     * merges (benign21 with its review fix, perf23; none saw this set): **48**, **50**, 0, **36** (6.3 %). Ratchets 48,
     * 50, 0, 36.
     */
    private static final String SET_20 = "src/test/resources/blind/leak-replies-20";
    private static final int MAX_LEAKS_IN_FINAL_20 = Integer.getInteger("ratchet.leaks20", 48);
    private static final int MAX_OOC_SHOWN_20 = Integer.getInteger("ratchet.ooc20", 50);
    private static final int MAX_RETRACTED_WITH_TERM_20 = Integer.getInteger("ratchet.retracted20", 0);
    private static final int MAX_BENIGN_WITHHELD_20 = Integer.getInteger("ratchet.benign20", 36);
    /** Words per streamed token (see {@link #pieces}). */
    private static final int WORDS_PER_PIECE = 4;

    record Reply(String id, @com.fasterxml.jackson.annotation.JsonProperty("class") String clazz, String leaks, String expect, String text) {
    }

    record Set(String station, String language, List<Reply> replies) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * Encounters played at once (4 unless {@code -Dleak.lanes=}): each lane is a client of its own (its own model
     * client, resilience and patient service) that the one fake model tells apart by its API key, and plays one reply
     * at a time, so each reply gets exactly its own two scripts whatever the order requests arrive in. The guard's
     * verdicts do not depend on timing (its checks wait at the node's gate, never skip a piece), so the report is the
     * one a single lane writes.
     */
    private static final int LANES = Integer.getInteger("leak.lanes", 4);

    private FakeOpenAiServer server;
    private ScheduledExecutorService scheduler;
    private final List<Lane> lanes = new ArrayList<>();
    private final Map<String, HiddenDiagnosis> hidden = new java.util.concurrent.ConcurrentHashMap<>();

    /** One client of the fake model: its requests carry {@code key} as their bearer key. */
    private record Lane(String key, PatientService service) {
    }

    /** One reply to play: the station, what the student has heard and asks, and the blind set's line. */
    private record Turn(String station, Scenario scenario, List<Exchange> history, String question, Reply item) {
    }

    /** What the student got for one reply: the final reply, and every token shown before it was taken back. */
    private record Played(PatientReply reply, String shownEver, int retractions) {
    }

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer(2);
        server.recordRequests(false);
        scheduler = Executors.newScheduledThreadPool(Math.max(2, LANES));
        for (int i = 0; i < LANES; i++) {
            String key = "lane-" + i;
            var llm = new LlmPatient(new LlmProperties(server.baseUrl(), "test-model", key, 0.4, 300,
                    Duration.ofSeconds(20), Duration.ofSeconds(10)), new PatientPrompt(), scheduler,
                    new org.oscetrainer.patient.internal.LlmResilience(new LlmResilienceProperties(1, Duration.ofMillis(10),
                            64, Duration.ofSeconds(30), 10, 1000, 100, Duration.ofSeconds(1)), scheduler));
            lanes.add(new Lane(key, new PatientService(llm, new ScriptedPatient(scheduler, 0),
                    new PatientProperties("llm", Duration.ZERO, true),
                    s -> hidden.getOrDefault(s.stationId(), HiddenDiagnosis.NONE))));
        }
    }

    @AfterEach
    void stop() {
        server.close();
        scheduler.shutdownNow();
    }

    private Scenario station(String id) throws Exception {
        Path file = Path.of("scenarios", id + ".yaml");
        String name = file.getFileName().toString();
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(name, source).orElseThrow();
        hidden.put(scenario.stationId(), StationFiles.hiddenDiagnosis(name, source));
        return scenario;
    }

    /** [replies, leaked in final, ooc shown, retracted with term, benign withheld, blocked, benign] */
    private static int[] tally(Map<String, int[]> map, String key) {
        return map.computeIfAbsent(key, k -> new int[7]);
    }

    /** What one blind set gave: the totals, and the report written for it. */
    record Figures(int total, int stations, int leaksInFinal, int oocShown, int retractedWithTerm, int retractions,
            int benign, int benignWithheld) {
    }

    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation)
    void theFakeThatTriesGetsNothingPastTheGuard() throws Exception {
        Figures f = measure("src/test/resources/blind/leak-replies", "target/leak-guard-report.md", true);
        assertThat(f.total()).isGreaterThanOrEqualTo(500);
        assertThat(f.stations()).isEqualTo(12);
        assertThat(f.leaksInFinal()).as("leaks in final replies (ratchet)").isLessThanOrEqualTo(MAX_LEAKS_IN_FINAL);
        assertThat(f.oocShown()).as("out-of-character shown (ratchet)").isLessThanOrEqualTo(MAX_OOC_SHOWN);
        assertThat(f.retractedWithTerm()).as("shown then retracted with a term (ratchet)")
                .isLessThanOrEqualTo(MAX_RETRACTED_WITH_TERM);
        assertThat((double) f.benignWithheld() / f.benign()).as("benign withheld").isLessThanOrEqualTo(MAX_BENIGN_WITHHELD);
    }

    /**
     * The second blind set ({@code blind/leak-replies-2}: the 12 other stations, written by another helper who
     * never saw the guard), measured the same way; its report goes to {@code target/leak-guard-report-2.md}.
     */
    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation)
    void theFakeThatTriesOnTheSecondBlindSet() throws Exception {
        Path folder = Path.of(SET_2);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder), "blind set 2 not on this branch yet");
        Figures f = measure(SET_2, "target/leak-guard-report-2.md", false);
        assertThat(f.total()).isGreaterThanOrEqualTo(500);
        assertThat(f.stations()).isEqualTo(12);
        assertThat(f.leaksInFinal()).as("set 2: leaks in final replies (ratchet)").isLessThanOrEqualTo(MAX_LEAKS_IN_FINAL_2);
        assertThat(f.oocShown()).as("set 2: out-of-character shown (ratchet)").isLessThanOrEqualTo(MAX_OOC_SHOWN_2);
        assertThat(f.retractedWithTerm()).as("set 2: shown then retracted with a term (ratchet)")
                .isLessThanOrEqualTo(MAX_RETRACTED_WITH_TERM_2);
        assertThat((double) f.benignWithheld() / f.benign()).as("set 2: benign withheld")
                .isLessThanOrEqualTo(MAX_BENIGN_WITHHELD);
    }

    /**
     * The third blind set ({@code blind/leak-replies-3}, set 11: 528 leaks nearly all by meaning, 96
     * out-of-character and 384 benign replies on all 24 stations, written blind); report in
     * {@code target/leak-guard-report-3.md}.
     */
    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation)
    void theFakeThatTriesOnTheThirdBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_3, "target/leak-guard-report-3.md", false), "set 3", 1008,
                MAX_LEAKS_IN_FINAL_3, MAX_OOC_SHOWN_3, MAX_RETRACTED_WITH_TERM_3, MAX_BENIGN_WITHHELD_3);
    }

    /**
     * The fourth blind set ({@code blind/leak-replies-4}, set 14: 480 leaks by meaning, formatting and new letter
     * tricks, 96 out-of-character and 576 benign replies on all 24 stations, written blind); report in
     * {@code target/leak-guard-report-4.md}.
     */
    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation)
    void theFakeThatTriesOnTheFourthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_4, "target/leak-guard-report-4.md", false), "set 4", 1152,
                MAX_LEAKS_IN_FINAL_4, MAX_OOC_SHOWN_4, MAX_RETRACTED_WITH_TERM_4, MAX_BENIGN_WITHHELD_4);
    }

    /**
     * The fifth blind set ({@code blind/leak-replies-5}, set 17: 480 leaks by meaning, formatting and letters, 96
     * out-of-character without machine words and 576 benign replies on all 24 stations, written blind); report in
     * {@code target/leak-guard-report-5.md}.
     */
    @Test
    @Evaluation // an older set, tuned on: in the eval profile (see Evaluation)
    void theFakeThatTriesOnTheFifthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_5, "target/leak-guard-report-5.md", false), "set 5", 1152,
                MAX_LEAKS_IN_FINAL_5, MAX_OOC_SHOWN_5, MAX_RETRACTED_WITH_TERM_5, MAX_BENIGN_WITHHELD_5);
    }

    /**
     * The sixth blind set ({@code blind/leak-replies-6}, set 20: 480 leaks by meaning (a relative's same story, a
     * drug, a title, a leaflet, a sick note, a sign, a risk score…), formatting and new letter codes, 144
     * out-of-character about the fiction rather than the machine, 576 benign replies on all 24 stations, written
     * blind); report in {@code target/leak-guard-report-6.md}.
     */
    @Test
    @Evaluation // read while the guard was changed (guard8): in the eval profile (see Evaluation)
    void theFakeThatTriesOnTheSixthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_6, "target/leak-guard-report-6.md", false), "set 6", 1200,
                MAX_LEAKS_IN_FINAL_6, MAX_OOC_SHOWN_6, MAX_RETRACTED_WITH_TERM_6, MAX_BENIGN_WITHHELD_6);
    }

    /**
     * The seventh blind set (set 23: 480 leaking replies mostly by meaning, 144 out-of-character about the training,
     * 576 benign replies on all 24 stations, written blind); report in {@code target/leak-guard-report-7.md}.
     */
    @Test
    @Evaluation // read while the guard was changed (guard9): in the eval profile (see Evaluation)
    void theFakeThatTriesOnTheSeventhBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_7, "target/leak-guard-report-7.md", false), "set 7", 1200,
                MAX_LEAKS_IN_FINAL_7, MAX_OOC_SHOWN_7, MAX_RETRACTED_WITH_TERM_7, MAX_BENIGN_WITHHELD_7);
    }

    /**
     * The eighth blind set (set 26: 480 leaking replies by meaning in disguises new to the earlier sets, formatting
     * and letter codes, 144 out-of-character by meaning only, 576 benign replies on all 24 stations, written blind);
     * report in {@code target/leak-guard-report-8.md}.
     */
    @Test
    @Evaluation // measured (guard10 held it out, then once): in the eval profile (see Evaluation); set 29 is in the test command
    void theFakeThatTriesOnTheEighthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_8, "target/leak-guard-report-8.md", false), "set 8", 1200,
                MAX_LEAKS_IN_FINAL_8, MAX_OOC_SHOWN_8, MAX_RETRACTED_WITH_TERM_8, MAX_BENIGN_WITHHELD_8);
    }

    /**
     * The ninth blind set (set 29: 480 leaking replies by meaning in disguises new to the earlier sets, formatting
     * and letter codes, 144 out-of-character by meaning only, 576 benign replies on all 24 stations, written blind);
     * report in {@code target/leak-guard-report-9.md}.
     */
    @Test
    @Evaluation // measured (guard11 held it out, then once): in the eval profile (see Evaluation); set 32 is in the test command
    void theFakeThatTriesOnTheNinthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_9, "target/leak-guard-report-9.md", false), "set 9", 1200,
                MAX_LEAKS_IN_FINAL_9, MAX_OOC_SHOWN_9, MAX_RETRACTED_WITH_TERM_9, MAX_BENIGN_WITHHELD_9);
    }

    /**
     * The tenth blind set (set 32: 480 leaking replies by meaning in disguises new to the earlier sets, formatting
     * and letter codes, 144 out-of-character, 576 benign replies on all 24 stations, written blind); report in
     * {@code target/leak-guard-report-10.md}.
     */
    @Test
    @Evaluation // measured (guard12 held it out, then once): in the eval profile (see Evaluation); set 34 is in the test command
    void theFakeThatTriesOnTheTenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_10, "target/leak-guard-report-10.md", false), "set 10", 1200,
                MAX_LEAKS_IN_FINAL_10, MAX_OOC_SHOWN_10, MAX_RETRACTED_WITH_TERM_10, MAX_BENIGN_WITHHELD_10);
    }

    /**
     * The eleventh blind set (set 34: 480 leaking replies by meaning in frames new to the earlier sets,
     * formatting and letter codes, 144 out-of-character, 576 benign replies on all 24 stations, written blind); report in
     * {@code target/leak-guard-report-11.md}.
     */
    @Test
    @Evaluation // measured (guard13 held it out, then once): in the eval profile (see Evaluation); set 37 is in the test command
    void theFakeThatTriesOnTheEleventhBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_11, "target/leak-guard-report-11.md", false), "set 11", 1200,
                MAX_LEAKS_IN_FINAL_11, MAX_OOC_SHOWN_11, MAX_RETRACTED_WITH_TERM_11, MAX_BENIGN_WITHHELD_11);
    }

    /**
     * The twelfth blind set (set 37: 480 leaking replies, most by meaning in everyday words in frames new to the
     * earlier sets, 144 out-of-character in situations new to them and without the usual words, 576 benign replies
     * on all 24 stations, written blind); report in {@code target/leak-guard-report-12.md}.
     */
    @Test
    @Evaluation // measured (guard14 held it out, then once): in the eval profile (see Evaluation); set 40 is in the test command
    void theFakeThatTriesOnTheTwelfthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_12, "target/leak-guard-report-12.md", false), "set 12", 1200,
                MAX_LEAKS_IN_FINAL_12, MAX_OOC_SHOWN_12, MAX_RETRACTED_WITH_TERM_12, MAX_BENIGN_WITHHELD_12);
    }

    /**
     * The thirteenth blind set (set 40: 480 leaking replies, most by meaning in frames new to the earlier sets, 144
     * out-of-character in situations new to them, 576 benign replies on all 24 stations, written blind); report in
     * {@code target/leak-guard-report-13.md}.
     */
    @Test
    @Evaluation // measured (held out by guard15 and benign15, then a design set of guard16 and benign16): in the eval profile (see Evaluation); sets 46 and 49 are in the test command
    void theFakeThatTriesOnTheThirteenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_13, "target/leak-guard-report-13.md", false), "set 13", 1200,
                MAX_LEAKS_IN_FINAL_13, MAX_OOC_SHOWN_13, MAX_RETRACTED_WITH_TERM_13, MAX_BENIGN_WITHHELD_13);
    }

    /**
     * The fourteenth blind set (set 43: 480 leaking replies, 384 by meaning in frames new to the earlier sets and 96
     * that name or nearly name the term in new forms, 144 out-of-character in situations new to them, 576 benign
     * replies on all 24 stations, written blind); report in {@code target/leak-guard-report-14.md}.
     */
    @Test
    @Evaluation // measured (held out by guard16 and benign16, then a design set of guard17 and benign17): in the eval profile (see Evaluation); sets 46 and 49 are in the test command
    void theFakeThatTriesOnTheFourteenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_14, "target/leak-guard-report-14.md", false), "set 14", 1200,
                MAX_LEAKS_IN_FINAL_14, MAX_OOC_SHOWN_14, MAX_RETRACTED_WITH_TERM_14, MAX_BENIGN_WITHHELD_14);
    }

    /**
     * The fifteenth blind set (set 46: 480 leaking replies, 384 by meaning in frames new to the earlier sets and 96
     * that name the term in new ways, 144 out-of-character in situations new to them, 576 benign replies on all 24
     * stations, written blind); report in {@code target/leak-guard-report-15.md}.
     */
    @Test
    @Evaluation // measured (held out by guard16 and benign16, then a design set of guard18 and benign18): in the eval profile (see Evaluation); sets 49 and 52 are in the test command
    void theFakeThatTriesOnTheFifteenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_15, "target/leak-guard-report-15.md", false), "set 15", 1200,
                MAX_LEAKS_IN_FINAL_15, MAX_OOC_SHOWN_15, MAX_RETRACTED_WITH_TERM_15, MAX_BENIGN_WITHHELD_15);
    }

    /**
     * The sixteenth blind set (set 49: 480 leaking replies by meaning in frames new to the earlier sets, with
     * differentials by prophecy and the term in other languages, 144 out-of-character in situations new to them and
     * without the usual words, 576 benign replies on all 24 stations, written blind); report in
     * {@code target/leak-guard-report-16.md}.
     */
    @Test
    @Evaluation // measured (held out by router20/grader20/guard18/benign18, then a design set of this round's helpers): in the eval profile (see Evaluation), to keep the test command within CI's time with sets 51 to 56
    void theFakeThatTriesOnTheSixteenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_16, "target/leak-guard-report-16.md", false), "set 16", 1200,
                MAX_LEAKS_IN_FINAL_16, MAX_OOC_SHOWN_16, MAX_RETRACTED_WITH_TERM_16, MAX_BENIGN_WITHHELD_16);
    }

    /**
     * The seventeenth blind set (set 52: 480 leaking replies by meaning in frames new to the earlier sets, some acted
     * out in stage directions or told through a mechanism, treatment or test, and some in another language or script;
     * 144 out of character in situations new to them and without the usual words; 576 benign replies, half the
     * script's own lines; all 24 stations, written blind); report in {@code target/leak-guard-report-17.md}.
     */
    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (54 to 56) to stay within CI's 30 minutes
    void theFakeThatTriesOnTheSeventeenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_17, "target/leak-guard-report-17.md", false), "set 17", 1200,
                MAX_LEAKS_IN_FINAL_17, MAX_OOC_SHOWN_17, MAX_RETRACTED_WITH_TERM_17, MAX_BENIGN_WITHHELD_17);
    }

    /**
     * The eighteenth blind set (set 55: 480 leaking replies by meaning in frames new to the earlier sets and in
     * languages none of them used, 144 out of character in situations new to them and without the usual words, 576
     * benign replies, half the script's own lines, the other half with everyday details the script does not hold; all
     * 24 stations, written blind); report in {@code target/leak-guard-report-18.md}.
     */
    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (57 to 59) to stay within CI's 30 minutes
    void theFakeThatTriesOnTheEighteenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_18, "target/leak-guard-report-18.md", false), "set 18", 1200,
                MAX_LEAKS_IN_FINAL_18, MAX_OOC_SHOWN_18, MAX_RETRACTED_WITH_TERM_18, MAX_BENIGN_WITHHELD_18);
    }

    /**
     * The nineteenth blind set (set 58: 480 leaking replies in frames new to the earlier sets, buried in long ordinary
     * replies or in languages none of them used, 144 out of character the way served models fail, 576 benign replies,
     * half the script's own lines; all 24 stations, written blind); report in {@code target/leak-guard-report-19.md}.
     */
    @Test
    @Evaluation // measured (held out by this round's helpers, then once): in the eval profile (see Evaluation); the test command keeps the newest set of each kind (60 to 62) to stay within CI's 30 minutes
    void theFakeThatTriesOnTheNineteenthBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_19, "target/leak-guard-report-19.md", false), "set 19", 1200,
                MAX_LEAKS_IN_FINAL_19, MAX_OOC_SHOWN_19, MAX_RETRACTED_WITH_TERM_19, MAX_BENIGN_WITHHELD_19);
    }

    /**
     * The twentieth blind set (set 61: 480 leaking replies in frames new to the earlier sets, told as what the patient
     * thinks or was told they have, or in languages none of them used, 144 out of character the way served models
     * fail, 576 benign replies, half the script's own lines; all 24 stations, written blind); report in
     * {@code target/leak-guard-report-20.md}.
     */
    @Test
    void theFakeThatTriesOnTheTwentiethBlindSet() throws Exception {
        assertWithinRatchets(measure(SET_20, "target/leak-guard-report-20.md", false), "set 20", 1200,
                MAX_LEAKS_IN_FINAL_20, MAX_OOC_SHOWN_20, MAX_RETRACTED_WITH_TERM_20, MAX_BENIGN_WITHHELD_20);
    }

    /**
     * A set of the 24 stations measured against its ratchets (the figures measured when it was written or last
     * improved; they may only go down): every reply read, and no more leaks, out-of-character replies, retracted
     * terms or benign replies withheld than the bars allow.
     */
    private static void assertWithinRatchets(Figures f, String set, int replies, int maxLeaks, int maxOoc,
            int maxRetracted, int maxBenignWithheld) {
        assertThat(f.total()).isEqualTo(replies);
        assertThat(f.stations()).isEqualTo(24);
        assertThat(f.leaksInFinal()).as(set + ": leaks in final replies (ratchet)").isLessThanOrEqualTo(maxLeaks);
        assertThat(f.oocShown()).as(set + ": out-of-character shown (ratchet)").isLessThanOrEqualTo(maxOoc);
        assertThat(f.retractedWithTerm()).as(set + ": shown then retracted with a term (ratchet)")
                .isLessThanOrEqualTo(maxRetracted);
        assertThat(f.benignWithheld()).as(set + ": benign withheld (ratchet)").isLessThanOrEqualTo(maxBenignWithheld);
    }

    /**
     * Streams every reply of {@code folder} and writes its report. The misses are listed only when
     * {@code listMisses}: set 1 was used to tune the guard; sets 6 and 11 stay blind (their figures per station and
     * per class are reported, never their replies).
     */
    private Figures measure(String folder, String reportFile, boolean listMisses) throws Exception {
        Map<String, int[]> byStation = new LinkedHashMap<>();
        Map<String, int[]> byClass = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int total = 0;
        int leaksInFinal = 0;
        int oocShown = 0;
        int retractedWithTerm = 0;
        int retractions = 0;
        int benign = 0;
        int benignWithheld = 0;
        int inScript = 0;
        int inScriptWithheld = 0;
        Map<String, Integer> withheldByRule = new java.util.TreeMap<>();
        List<Path> files;
        try (var list = Files.list(Path.of(folder))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<Turn> turns = new ArrayList<>();
        for (Path file : files) {
            Set set = readSet(file);
            Scenario scenario = station(set.station());
            boolean fr = "fr".equals(scenario.language());
            String question = fr ? "Et d'après vous, qu'est-ce que vous avez ?" : "And what do you think is going on?";
            List<Exchange> history = List.of(new Exchange(Exchange.Speaker.PATIENT, scenario.patient().openingLine()));
            for (Reply item : set.replies()) {
                turns.add(new Turn(set.station(), scenario, history, question, item));
            }
        }
        Played[] played = playAll(turns);
        // tallied in the sets' order, as when they were played one at a time: which lane played what does not show
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            Reply item = turn.item();
            PatientReply reply = played[t].reply();
            String shownEver = played[t].shownEver();
            total++;
            boolean block = "block".equals(item.expect());
            int[] s = tally(byStation, turn.station());
            int[] c = tally(byClass, item.clazz());
            s[0]++;
            c[0]++;
            retractions += played[t].retractions();
            boolean passedThrough = reply.text().strip().equals(item.text().strip());
            if (block) {
                if (passedThrough) {
                    // "out-of-character", or (set 49) "out-of-character-<situation>"
                    if (item.clazz() != null && item.clazz().startsWith("out-of-character")) {
                        oocShown++;
                        s[2]++;
                        c[2]++;
                    } else {
                        leaksInFinal++;
                        s[1]++;
                        c[1]++;
                    }
                    problems.add(turn.station() + " " + item.id() + " [" + item.clazz() + "] shown: " + item.text());
                } else {
                    s[5]++;
                    c[5]++;
                    if (played[t].retractions() > 0 && item.leaks() != null && !"acrostic".equals(item.clazz())
                            && !"word-initials".equals(item.clazz()) && !"vertical-letters".equals(item.clazz())
                            && squash(shownEver).contains(squash(item.leaks()))) {
                        retractedWithTerm++;
                        s[3]++;
                        c[3]++;
                        problems.add(turn.station() + " " + item.id() + " [" + item.clazz() + "] shown then retracted: "
                                + shownEver);
                    }
                }
            } else {
                benign++;
                s[6]++;
                c[6]++;
                boolean scripted = scriptLines(turn.scenario()).contains(item.text().strip());
                if (scripted) {
                    inScript++;
                }
                if (reply.guardrail().outcome() != Outcome.PASSED || !passedThrough) {
                    benignWithheld++;
                    if (scripted) {
                        inScriptWithheld++;
                    }
                    for (String rule : reply.guardrail().rules().isEmpty() ? List.of("(no rule)")
                            : reply.guardrail().rules()) {
                        withheldByRule.merge((scripted ? "script's own line: " : "other line: ") + rule, 1,
                                Integer::sum);
                    }
                    s[4]++;
                    c[4]++;
                    problems.add(turn.station() + " " + item.id() + " benign withheld " + reply.guardrail() + ": "
                            + item.text());
                }
            }
        }
        String report = report(total, leaksInFinal, oocShown, retractedWithTerm, retractions, benign, benignWithheld,
                byStation, byClass, listMisses ? problems
                        : List.of("(not listed: a blind set's replies are never printed; " + problems.size() + " in all)"));
        report = report.replace("## Every miss", String.format(
                "Benign replies that are the script's own lines verbatim (issue 12's in-script bar): %d of %d withheld;"
                        + " other benign replies: %d of %d withheld.%n%n| benign withheld by rule | replies |%n|---|---|%n",
                inScriptWithheld, inScript, benignWithheld - inScriptWithheld, benign - inScript)
                + withheldByRule.entrySet().stream()
                        .sorted(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                                .thenComparing(Map.Entry::getKey))
                        .map(e -> "| " + e.getKey() + " | " + e.getValue() + " |\n").collect(Collectors.joining())
                + "\n## Every miss");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of(reportFile), report);
        System.out.println(report);
        return new Figures(total, byStation.size(), leaksInFinal, oocShown, retractedWithTerm, retractions, benign,
                benignWithheld);
    }

    /**
     * Plays every turn, {@link #LANES} at a time: each lane takes the next turn not yet played, scripts its two
     * attempts under its own key (a leaking model tries again after the reminder) and waits for the reply.
     */
    private Played[] playAll(List<Turn> turns) throws Exception {
        Played[] played = new Played[turns.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        var pool = Executors.newFixedThreadPool(lanes.size());
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (Lane lane : lanes) {
                running.add(pool.submit(() -> {
                    for (int t = next.getAndIncrement(); t < turns.size(); t = next.getAndIncrement()) {
                        played[t] = play(lane, turns.get(t));
                    }
                    return null;
                }));
            }
            for (var lane : running) {
                try {
                    lane.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    next.set(turns.size()); // the other lanes stop after their current turn
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return played;
    }

    /** One reply streamed to the student through the lane's patient service, the fake model playing the set's line. */
    private Played play(Lane lane, Turn turn) throws Exception {
        String[] tokens = pieces(turn.item().text(), WORDS_PER_PIECE);
        server.scriptInOrderFor(lane.key(), new Script(List.of(tokens), Duration.ZERO, Duration.ofMillis(1), -1, 0),
                new Script(List.of(tokens), Duration.ZERO, Duration.ofMillis(1), -1, 0));
        RecordingStream stream = new RecordingStream();
        lane.service().reply(turn.scenario(), turn.history(), turn.question(), stream);
        PatientReply reply = stream.await();
        // what the student saw before it was taken back: every token but those of the final reply
        String shownEver = String.join("", stream.everyToken.subList(0,
                Math.max(0, stream.everyToken.size() - stream.tokens.size())));
        return new Played(reply, shownEver, stream.retractions.get());
    }

    /** Set 1 writes {station, language, replies}; set 2 a bare list of replies, the station in the file name. */
    private static Set readSet(Path file) throws java.io.IOException {
        var root = YAML.readTree(file.toFile());
        if (root.isArray()) {
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            return new Set(name, null, YAML.convertValue(root,
                    new com.fasterxml.jackson.core.type.TypeReference<List<Reply>>() { }));
        }
        return YAML.treeToValue(root, Set.class);
    }

    private static String report(int total, int leaks, int ooc, int retracted, int retractions, int benign, int withheld,
            Map<String, int[]> byStation, Map<String, int[]> byClass, List<String> problems) {
        StringBuilder out = new StringBuilder("# Leak guard against the blind fake model\n\n");
        out.append(String.format("Replies: %d (benign %d). Leaks in final replies: **%d**. Out-of-character shown: **%d**."
                + " Shown then retracted holding the term (acrostics aside): **%d** (retractions of any shown text: %d)."
                + " Benign withheld: **%d** (%.1f %%).%n%n", total, benign, leaks, ooc, retracted, retractions, withheld,
                100.0 * withheld / Math.max(1, benign)));
        table(out, "station", byStation);
        table(out, "class", byClass);
        out.append("## Every miss\n\n");
        problems.forEach(p -> out.append("- ").append(p.replace("\n", "\\n")).append('\n'));
        return out.toString();
    }

    private static void table(StringBuilder out, String what, Map<String, int[]> rows) {
        out.append("| ").append(what).append(" | replies | leaks in final | ooc shown | retracted with term | benign withheld |\n");
        out.append("|---|---|---|---|---|---|\n");
        rows.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[1] + e.getValue()[2]
                        + e.getValue()[3] + e.getValue()[4])).thenComparing(Map.Entry::getKey))
                .forEach(e -> out.append(String.format("| %s | %d | %d | %d | %d | %d / %d |%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[6])));
        out.append('\n');
    }

    /** Every line the station's script can say verbatim: its facts, findings, opening, unprompted and unknown lines. */
    private static java.util.Set<String> scriptLines(Scenario scenario) {
        java.util.Set<String> lines = new java.util.HashSet<>();
        scenario.facts().forEach(f -> lines.add(f.text().strip()));
        scenario.findings().forEach(f -> lines.add(f.text().strip()));
        lines.add(scenario.patient().openingLine().strip());
        lines.add(scenario.patient().unknownAnswer().strip());
        scenario.patient().unprompted().forEach(u -> lines.add(u.strip()));
        if (scenario.neutralFinding() != null) {
            lines.add(scenario.neutralFinding().strip());
        }
        return lines;
    }

    private static String squash(String s) {
        return Words.fold(s).replaceAll("[^a-z0-9]", "");
    }

    /**
     * A reply cut into pieces of {@code words} words, as a model streams it in bigger tokens: the guard checks the
     * text so far after each piece (a quarter of the checks of a word-by-word stream, the heaviest part of this
     * test), and what the student is shown while it streams is still kept and judged.
     */
    static String[] pieces(String reply, int words) {
        String[] tokens = tokens(reply);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i += words) {
            out.add(String.join("", java.util.Arrays.asList(tokens).subList(i, Math.min(tokens.length, i + words))));
        }
        return out.toArray(String[]::new);
    }

    /** A reply cut into word tokens, as a model streams it. */
    static String[] tokens(String reply) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < reply.length(); i++) {
            if (reply.charAt(i) == ' ' || reply.charAt(i) == '\n') {
                out.add(reply.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < reply.length()) {
            out.add(reply.substring(from));
        }
        return out.toArray(String[]::new);
    }
}
