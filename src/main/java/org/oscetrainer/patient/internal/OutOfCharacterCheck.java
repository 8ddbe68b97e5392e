package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patient must not step out of the story: a reader must not learn that they are talking to a
 * program, a model or a role player, nor that there are instructions behind the patient. Read in
 * French and English, on the plain, leet and joined readings of {@link Disguises} (look-alike letters
 * and invisible characters undone), by what the words say rather than by a list of sentences:
 * <ul>
 * <li>the speaker says what they are: "I am / I'm just / as / je suis / en tant que" followed within a
 * few words by a machine or a role (AI, IA, model, chatbot, bot, program, software, logiciel, robot,
 * computer, simulation, actor, character, personnage…);</li>
 * <li>words only a machine or a role player uses about itself: language model, system prompt,
 * OpenAI, "the user", role play, "stay in character", pretending to be, simulated patient, training
 * data, "programmed to";</li>
 * <li>instructions behind the patient: "my instructions", "mes consignes", "I was told not to say", "I
 * am not allowed to reveal", "je n'ai pas le droit de dire".</li>
 * </ul>
 */
final class OutOfCharacterCheck implements GuardrailCheck {

    static final String RULE = "ooc";

    private static final String MACHINE = "(?:ai|a i|ia|i a|artificial intelligence|intelligence artificielle|model|modele"
            + "|language model|modele de langage|chat ?bot|bot|robot|program|programme|computer program|programme informatique"
            + "|software|logiciel|machine|computer|ordinateur|algorithm|algorithme|simulation|simulator|simulateur"
            + "|actor|actress|acteur|actrice|comedien|comedienne|character|personnage|fictional character|virtual patient"
            + "|patient virtuel|simulated patient|patient simule|patiente simulee|standardi[sz]ed patient|patient standardise"
            + "|assistant virtuel|virtual assistant|ai assistant|assistant ia|llm|gpt|chatgpt|bot conversationnel"
            + "|agent conversationnel|large language model|neural network|reseau de neurones)";

    private static final List<Pattern> PATTERNS = List.of(
            // the speaker says what they are
            Pattern.compile(" (?:i am|i m|im|as|being|je suis|j etais|en tant qu e?|comme|je ne suis qu) (?:\\w+ ){0,3}?"
                    + "(?:an?|the|un|une|le|la|l|just|only|simply|simplement|juste|seulement|rien qu)? ?(?:\\w+ )?" + MACHINE
                    + " (?:\\||$|pretending|playing|designed|created|trained|built|made|developed|programmed|qui|que|and|et"
                    + "|so|donc|that|which|here|ici|not|pas|i|je|with|avec|who|talking|speaking|parlant|jouant|faisant"
                    + "|just|only|juste|seulement|simulating|simulant|cree|concu|entraine)"),
            Pattern.compile(" (?:not|pas) (?:an?|un|une)? ?(?:real|vrai|vraie|actual|human|humain|humaine) "
                    + "(?:patient|patiente|person|personne|human|humain|humaine|malade)? ?"),
            // words only a machine or a role player uses about itself
            Pattern.compile(" (?:language model|modele de (?:langage|langue)|system prompt|prompt systeme|invite systeme"
                    + "|my prompt|mon prompt|the prompt|le prompt|ce prompt|openai|anthropic|chatgpt|gpt ?\\d?|llm|chat ?bot"
                    + "|the user|l utilisateur|cet utilisateur|this user|role ?play|roleplay|jeu de role|in character"
                    + "|out of character|break character|hors personnage|sortir de mon role|sortir du personnage"
                    + "|rester dans mon role|stay in role|pretend(?:ing)? to be|faire semblant d etre|fais semblant d etre"
                    + "|play(?:ing)? (?:the role|a role|the part|a patient)|jou(?:e|er) (?:le role|un role|une patiente?)"
                    + "|simulated patient|patiente? simulee?|standardi[sz]ed patient|patient standardise|training data"
                    + "|donnees d entrainement|programmed to|programmee? pour|trained to|designed to|concue? pour"
                    + "|as an ai|en tant qu ia|an ai|the ai|ai model|ai generated|une ia|l ia|cette ia|generating this conversation|intelligence artificielle|artificial intelligence|osce|ecos|this simulation"
                    + "|cette simulation|this scenario|ce scenario|scenario de l examen|examiner s script) "),
            // the role behind the patient: its sheet, its player, stepping out of it
            Pattern.compile(" (?:character sheet|fiche (?:du |de |d un )?personnage|role ?players?|role playing"
                    + "|step(?:ping|s)? out of (?:the |my |this )?(?:role|character)|(?:je )?sors (?:de mon|du) (?:role|personnage)"
                    + "|quitt(?:e|er) (?:mon|le) (?:role|personnage)|the instructions i (?:was|ve been|have been) given"
                    + "|les (?:instructions|consignes|directives) qu on m a donnees|(?:my|the) system instructions"
                    + "|consignes (?:du|de mon) (?:role|personnage|scenario)|reading (?:from )?(?:a|the|my) (?:prompt|script)) "),
            // instructions behind the patient
            // (not "my discharge instructions", "my instructions from the GP", "my script for the tablets": a prescription)
            Pattern.compile(" (?:my|mes|mon|ma) (?:(?:system|hidden|secret|original|initial|own|current|role|character"
                    + "|scenario|actual|real|exact|propres?|vraies?|secretes?)\\w* )?(?:instructions|consignes|directives"
                    + "|guidelines|programming|programmation|prompt) (?!(?:from|for|on|du|de|des|d|after|apres|de sortie"
                    + "|for the|from the|from my) (?:the |my |le |la |mon |ma |l )?(?:doctor|gp|hospital|nurse|pharmacist"
                    + "|physio|surgeon|consultant|midwife|discharge|tablets|pills|medication|medecin|docteur|pharmacien"
                    + "|pharmacienne|infirmiere|hopital|kine|chirurgien|sage femme|sortie|traitement|medicaments))"),
            Pattern.compile(" (?:i was|i ve been|i have been|i m|i am) (?:told|instructed|asked|programmed|not allowed"
                    + "|not permitted|forbidden) (?:not )?to (?:say|tell|reveal|give|disclose|name|mention|share) "),
            Pattern.compile(" (?:i cannot|i can t|i can not|i must not|i mustn t|i may not) (?:reveal|disclose) "),
            Pattern.compile(" (?:on m a (?:demande|dit|interdit) de ne pas|je n ai pas le droit de|je ne suis pas autorisee?"
                    + " a|il m est interdit de|je ne dois pas) (?:vous )?(?:dire|reveler|donner|divulguer|nommer|le dire"
                    + "|le reveler|le donner) "),
            Pattern.compile(" je ne peux pas (?:vous )?(?:reveler|divulguer) "),
            // a tutor's voice: feedback on the student's performance, which no patient gives
            Pattern.compile(" (?:in a real|dans un vrai|dans une vraie|lors d un vrai|le jour de l) (?:osce|ecos|exam|examen"
                    + "|station|consultation|patient) "),
            Pattern.compile(" (?:as your|en tant que votre|comme votre) (?:tutor|examiner|teacher|supervisor|tuteur|tutrice"
                    + "|examinateur|examinatrice|formateur|formatrice|enseignant|enseignante) "),
            Pattern.compile(" (?:a good|a strong|un bon|une bonne) (?:student|candidate|clinician|etudiant|etudiante|candidat"
                    + "|candidate|interne|externe) (?:would|should|will|demanderait|devrait|poserait|penserait) "),
            Pattern.compile(" (?:your|votre|vos) (?:history taking|questioning|communication skills|interview technique|technique"
                    + " d entretien|interrogatoire|anamnese|prise d anamnese|score|note finale|performance|checklist|grille"
                    + " d evaluation|mark scheme|marks) "),
            Pattern.compile(" (?:you d|you would|you ll|you will|vous auriez|vous aurez) (?:score|get|lose|gain|obtenir|perdre"
                    + "|gagner) (?:\\w+ )?(?:marks|points|full marks) "),
            Pattern.compile(" (?:feedback|debrief|debriefing) (?:on|for|about|sur) (?:your|you|votre|vos|ta|tes) "
                    + "| retour sur (?:votre|ta) (?:prestation|performance) "));



    /** A pattern looked for only in a text holding one of its anchor words (a set look-up before the search). */
    record Anchored(Set<String> anchors, Pattern pattern) {
    }

    /** The role set aside, a machine that writes, the papers behind the role, a trainer's aside. */
    private static final List<Anchored> ANCHORED = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            // the role set aside: dropped, stepped out of, put between brackets, for a moment
            new Anchored(Set.of("act", "role", "character", "persona", "roleplay", "simulation", "shoes"),
                    Pattern.compile(" (?:drop(?:ping|ped|s)?|set(?:ting|s)?|put(?:ting|s)?|lay(?:ing|s)?|break(?:ing|s)?|paus(?:e|ing|ed)"
                    + "|leav(?:e|ing)|quit(?:ting)?|stop(?:ping)?|step(?:ping|s|ped)? out of|com(?:e|ing) out of"
                    + "|get(?:ting)? out of) (?:the |my |this |her |his |that )?(?:\\w+ s |\\w+ )?"
                    + "(?:act|role|character|persona|patient role|roleplay|simulation|shoes)"
                    + " (?:\\||$|aside|for|down|here|now|and|to|so|briefly|a moment|a sec|quickly|i|real|then|just) ")),
            new Anchored(Set.of("role", "personnage", "jeu", "simulation", "scenario"),
                    Pattern.compile(" (?:mets|mettre|mettons|met|pose|poser|laisse|laisser) (?:\\w+ )?(?:le|mon|ce|la|ma) "
                    + "(?:role|personnage|jeu|simulation|scenario) (?:\\w+ )?(?:de cote|entre parentheses|en pause|en suspens) ")),
            new Anchored(Set.of("role", "personnage", "jeu", "simulation", "scenario"),
                    Pattern.compile(" (?:hors|en dehors du|en dehors de mon|en dehors de la|sorti du|sortie du|sortant du|sortir du"
                    + "|je sors du|je quitte le|quitter le|je quitte mon|je sors de mon) (?:\\w+ )?(?:role|personnage|jeu"
                    + "|simulation|scenario) ")),
            new Anchored(Set.of("role", "character", "script", "aparte", "parenthese"),
                    Pattern.compile(" (?:out of role|outside the role|outside (?:the |my )?character|off script|hors script"
                    + "|parenthese hors|aparte hors) ")),
            // a machine that writes the patient: generated text, engines, models of any kind
            new Anchored(Set.of("generator", "generateur", "generated", "genere", "engine", "moteur", "learning", "apprentissage", "synthese", "synthetic", "synthesized", "speech", "agent", "module", "simulateur", "simulator", "running", "tourne"),
                    Pattern.compile(" (?:text generator|generateur de texte|generated text|texte genere|generated by|genere par"
                    + "|scenario engine|simulation engine|moteur de (?:scenario|simulation|dialogue)|dialogue engine"
                    + "|machine learning|apprentissage automatique|deep learning|apprentissage profond|voix de synthese"
                    + "|synthetic voice|synthesized voice|text to speech|synthese vocale|agent logiciel|software agent"
                    + "|module de simulation|simulation module|simulateur (?:textuel|de patient|conversationnel)"
                    + "|text simulator|patient simulator|running on (?:a |an )?(?:\\w+ )?(?:model|ai|llm|server|computer)"
                    + "|tourne sur (?:un |une )?(?:\\w+ )?(?:modele|ia|serveur|ordinateur)) ")),
            // the papers behind the role: its card, its outline, its brief, its file
            new Anchored(Set.of("card", "outline", "brief", "briefing", "file", "notes", "description", "sheet", "script", "profile", "fiche", "carte", "profil", "dossier"),
                    Pattern.compile(" (?:persona|character|role|proxy|proxy role|scenario|station) (?:card|outline|brief"
                    + "|briefing|file|notes|description|sheet|script|profile) | (?:patient|case) (?:brief|briefing|script"
                    + "|outline) "
                    + "| (?:fiche|carte|description|profil|dossier|script) (?:du |de |de mon |de la )?(?:personnage|role"
                    + "|scenario|cas clinique|patient standardise|station) ")),
            // a trainer's aside: a note, a tip or feedback labelled as theirs
            new Anchored(Set.of("note", "notes", "tip", "tips", "feedback", "aside", "comment", "hint", "remark", "retour", "conseil", "conseils", "remarque", "commentaire", "aparte", "mot", "avis"),
                    Pattern.compile(" (?:tutor s|tutor|tuteur|tutrice|coach|coaching|trainer s|trainer|formateur|formatrice|instructor"
                    + "|facilitator|examiner s|simulator|simulateur|teaching|pedagogical|pedagogique) (?:note|notes|tip|tips"
                    + "|feedback|aside|comment|hint|remark) "
                    + "| (?:note|notes|tip|feedback|retour|conseil|conseils|remarque|commentaire|aparte|mot|avis) (?:du|de la"
                    + "|de l|d un|d une|de mon|de votre|from the|from your|from a|of the) (?:tuteur|tutrice|formateur"
                    + "|formatrice|coach|tutor|trainer|examiner|examinateur|examinatrice|simulator|simulateur|instructor"
                    + "|facilitator|enseignant|enseignante|moniteur|monitrice|encadrant|encadrante) "))),
            EncounterFrame.PATTERNS.stream()).toList();

    /**
     * The persona named as someone the speaker is not, read on the written text (a name keeps its capital): "I'll
     * step out of Arthur for a moment to explain" (not "I had to step out of Tesco for a moment"),
     * "not Susan speaking", "ce n'est pas Kate qui parle".
     */
    private static final Pattern NAMED = Pattern.compile("(?:\\b(?:step|steps|stepping|stepped|come|coming|get|getting)"
            + " out of (?!(?:I|A|The|My|This|That|Bed|Hospital|London|Paris)\\b)[A-Z][a-z]+(?:'s)?\\b(?! (?:Street|Road"
            + "|Hospital|Park|Station|House|Ward|Clinic|Centre|Center)\\b)(?:\\W+\\w+){0,4}?\\W+(?:to|and) (?:explain|say"
            + "|comment|clarify|give you|tell you|speak|talk|point out|note)\\b|\\b(?:not|no longer|n'est pas|n’est pas|plus)"
            + " (?!I\\b)[A-Z][a-z]+ (?:speaking|talking|qui parle|qui vous parle))");

    private static final Pattern STOPS = Pattern.compile("[.!?;:,…\\n]+");
    /** What every match of {@link #NAMED} holds ({@link RequiredText}): a text without any is not searched. */
    private static final String[] NAMED_HOLDS = RequiredText.of(NAMED);

    /**
     * {@link #PATTERNS} (of a bounded number of words each) searched in the readings of a reply that grows, only
     * around what is new since the last check ({@link GrowingTextSearch}).
     */
    private final GrowingTextSearch searched = new GrowingTextSearch();

    @Override
    public Optional<Violation> check(ReplyText reply) {
        String stripped = reply.visible();
        Matcher named = NAMED.matcher(stripped);
        if ((NAMED_HOLDS == null || RequiredText.holdsAny(NAMED_HOLDS, stripped, 0)) && named.find()) {
            return Optional.of(new Violation(RULE, "plain: " + named.group()));
        }
        List<String> texts = new java.util.ArrayList<>();
        String punctuated = STOPS.matcher(reply.foldedVisible()).replaceAll(" | ");
        texts.add(" " + String.join(" ", Disguises.tokens(punctuated.replace("|", "qqpunctqq"))).replace("qqpunctqq", "|")
                + " ");
        java.util.Set<String> read = new java.util.HashSet<>(texts);
        List<String> kinds = new java.util.ArrayList<>();
        kinds.add("punctuated");
        for (Disguises.Reading reading : reply.readings()) {
            if (!reading.initials() && !reading.how().contains("reversed") && !"keyboard".equals(reading.how())) {
                String words = " " + String.join(" ", reading.words()) + " ";
                if (read.add(words)) { // a reading that reads the same as one already searched finds nothing new
                    texts.add(words);
                    kinds.add(reading.how());
                }
            }
        }
        for (int t = 0; t < texts.size(); t++) {
            String words = texts.get(t);
            String how = t == 0 ? "plain" : "reading";
            String kind = t == 0 ? "punctuated" : kinds.get(t);
            for (int p = 0; p < PATTERNS.size(); p++) {
                Matcher m = searched.find(kind, p, PATTERNS.get(p), words);
                if (m != null) {
                    return Optional.of(new Violation(RULE, how + ": " + m.group().replace("|", "").strip()));
                }
            }
            boolean[] held = searched.holdWords(kind, ANCHOR_WORDS, words);
            for (int a = 0; a < ANCHORED.size(); a++) {
                if (holdsAnchor(a, held)) {
                    Matcher m = searched.findAny(kind + " anchored", a, ANCHORED.get(a).pattern(), words);
                    if (m != null) {
                        return Optional.of(new Violation(RULE, how + ": " + m.group().replace("|", "").strip()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every anchor word of {@link #ANCHORED}, once, and for each pattern the indexes of its anchors there. */
    private static final String[] ANCHOR_WORDS = ANCHORED.stream().flatMap(a -> a.anchors().stream()).distinct().sorted()
            .toArray(String[]::new);
    private static final int[][] ANCHOR_IDS = ANCHORED.stream().map(a -> a.anchors().stream()
            .mapToInt(w -> java.util.Arrays.binarySearch(ANCHOR_WORDS, w)).toArray()).toArray(int[][]::new);

    /** Whether one of the {@code a}-th pattern's anchors is among the words {@code held}. */
    private static boolean holdsAnchor(int a, boolean[] held) {
        for (int id : ANCHOR_IDS[a]) {
            if (held[id]) {
                return true;
            }
        }
        return false;
    }
}
