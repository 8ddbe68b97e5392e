package org.oscetrainer.patient.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oscetrainer.patient.internal.OutOfCharacterCheck.Anchored;

/**
 * What only someone outside the story says about the encounter, with no machine word in it: for any station, a
 * reader learns that the consultation is an exercise and that the speaker is its author, actor or tutor. A real
 * patient never
 * <ul>
 * <li>names the encounter as an exercise: the case, the scenario, the station, a simulation, the purpose of the
 * exercise, learning objectives, the time left in the station, the bell, marks, points, the checklist, the
 * debrief;</li>
 * <li>coaches or grades the student's technique: open or closed questions, "the right question to ask", "you should
 * have asked", "pensez à demander", what a candidate is expected to cover, marks out of ten;</li>
 * <li>speaks as the actor or narrator: the part, the lines, the script behind them, "the patient would say",
 * "in real life I'm…", "let's pretend";</li>
 * <li>offers to replay: start the scenario again, play another patient.</li>
 * </ul>
 * What a patient does say in the same words passes: "in this case", "the worst-case scenario", "the exam the GP
 * did", "my script for the tablets" (a prescription), "my role at work", "I practise yoga", "you're doing fine,
 * doctor" (a kindness that grades nothing), "I was expecting you to ask about my knee" (a patient's own worry).
 * Each pattern is searched only when one of its anchor words is in the reply.
 */
final class EncounterFrame {

    private EncounterFrame() {
    }

    /** Nouns that make an encounter an exercise when "this", "the" or "our" point at the encounter itself. */
    private static final String FRAME = "(?:scenario|station|simulation|role ?play|roleplay|jeu de role|exercise|exercice"
            + "|case|cas|cas clinique|consultation simulee|simulated consultation|mock consultation|practice session"
            + "|training session|seance d entrainement|mise en situation|assessment|evaluation|osce|ecos|encounter)";

    static final List<Anchored> PATTERNS = List.of(
            // the encounter named as an exercise, by what it is for or what it tests
            new Anchored(Set.of("scenario", "station", "simulation", "exercise", "exercice", "case", "cas", "roleplay",
                    "play", "jeu", "assessment", "evaluation", "encounter", "situation"),
                    Pattern.compile("(?<! in| en| dans| any| of) (?:this|the|our|today s|that|ce|cet|cette|le|la|l|notre) " + FRAME
                    + " (?:(?:is|s) (?:really |mainly |mostly |actually |all |just |partly |also )?(?:testing|designed|meant|assessing|focused|built|set up|written)|tests|assesses|wants"
                    + "|expects|requires|is looking for|aims|focuses on|covers|was (?:designed|written|built|set up)"
                    + "|teste|evalue|vise|porte sur|attend|est (?:concue?|construite?|ecrite?|prevue?|faite?) pour"
                    + "|consiste a|a pour but|sert a) ")),
            new Anchored(Set.of("purpose", "purposes", "point", "sake", "besoins", "but", "objectif", "objective", "goal"),
                    Pattern.compile(" (?:purposes? of|point of|sake of|goal of|aim of|objective of|besoins d[eu]|but d[eu]"
                    + "|objectif d[eu]) (?:the |this |today s |ce |cet |cette |la |le |l )?(?:scenario|station|simulation"
                    + "|exercise|exercice|case|cas|role ?play|roleplay|jeu|assessment|evaluation|examen|exam|osce|ecos) ")),
            new Anchored(Set.of("scenario", "station", "simulation", "case", "cas", "exercise", "exercice", "consultation"),
                    Pattern.compile(" (?:restart|reset|replay|rerun|redo|repeat|recommencer|recommence|recommencons"
                    + "|reprendre|reprenons|rejouer|rejouons|refaire|refaisons) (?:the|this|that|le|ce|cet|la|cette|l)"
                    + " (?:scenario|station|simulation|case|cas|exercise|exercice|role ?play|roleplay|jeu|consultation"
                    + "|encounter|session|seance) | (?:start|begin|run|play) (?:the |this )?(?:scenario|station"
                    + "|simulation|case|exercise|role ?play|roleplay) (?:again|over|afresh|from) ")),
            new Anchored(Set.of("another", "different", "new", "autre", "nouveau", "nouvelle"),
                    Pattern.compile(" (?:play|be|switch to|try|move on to|voice|jouer|joue|incarner|incarne|passer a|passons a"
                    + "|essayer) (?:another|a different|a new|un autre|une autre|un nouveau|une nouvelle) (?:patient"
                    + "|patiente|case|cas|scenario|character|personnage|role|station|persona) ")),
            new Anchored(Set.of("scenario", "simulation", "simulated", "simulee", "simule", "fictional", "fictitious",
                    "fictif", "fictive", "fiction", "pretend", "semblant"),
                    Pattern.compile(" (?:(?:this|the|our|ce|cette|le|la|notre) (?:scenario|simulation)"
                    + " (?:is|s|says|gives|est|dit|prevoit|donne) |simulated (?:consultation|encounter|visit|patient|case"
                    + "|history|symptoms?)|(?:consultation|patiente?|cas|histoire|symptomes?) simulee?s? "
                    + "|(?:is|s|are|re|est|sont|c est) (?:all |just |only |tout |juste |seulement |une |a )?(?:fiction"
                    + "|fictional|fictitious|fictif|fictive|fictifs|fictives|make believe|pour de faux) "
                    + "|(?:let s|let us|lets|we ll|we can|on va|on peut|faisons|disons) (?:just )?(?:pretend|faire"
                    + " semblant|faire comme si) )")),
            new Anchored(Set.of("objective", "objectives", "objectif", "objectifs", "learning", "teaching", "pedagogique",
                    "pedagogiques", "take", "retenir", "debrief", "debriefing", "debriefer", "fourth", "quatrieme"),
                    Pattern.compile(" (?:learning (?:objectives?|points?|outcomes?)|teaching points?|objectifs? pedagogiques?"
                    + "|take home (?:message|point)|message a retenir|points? a retenir|debrief|debriefing|debriefer"
                    + "|fourth wall|quatrieme mur) ")),
            // the fourth wall: time left, the bell, marks, the checklist, the examiner
            new Anchored(Set.of("minutes", "minute", "time", "temps", "bell", "buzzer", "timer", "sonnerie", "chrono",
                    "chronometre", "gong"),
                    Pattern.compile(" (?:you (?:have|ve got|ve|have got|only have)|you re down to|il (?:vous|te|nous) reste"
                    + "|vous (?:avez|n avez plus)(?: encore)?) (?:only |just |about |plus que |encore |seulement )?"
                    + "(?:\\d+|a few|a couple of|one|two|three|four|five|six|seven|eight|ten|une|deux|trois|quatre|cinq"
                    + "|six|sept|huit|dix|quelques) (?:more )?minutes? (?:left|remaining|to go|to finish|restantes?|pour"
                    + " (?:finir|conclure|terminer)) | (?:before|until|when|avant|quand|jusqu a) (?:the|la|le) (?:bell"
                    + "|buzzer|timer|gong|sonnerie|chrono|chronometre)| (?:time allotted|allotted time|temps imparti"
                    + "|time s (?:almost |nearly )?up for (?:the|this) (?:station|case|scenario)) ")),
            new Anchored(Set.of("marks", "mark", "points", "point", "checklist", "box", "boxes", "case", "cases", "grille",
                    "score", "scoring", "grade", "note", "noter", "bareme", "give", "mettrais", "donnerais"),
                    Pattern.compile(" (?:(?:lose|lost|losing|gain|gained|earn|earned|earns|score|scored|get|got|pick up"
                    + "|picks up|miss|missed|cost you|costs you|worth|rapporte|rapporter|perdre|perdez|perdu|gagner"
                    + "|gagnez|gagne|valoir|vaut|marquer|marquez) (?:you |vous )?(?:\\w+ )?(?:marks|a mark|the mark"
                    + "|points|a point|full marks|des points|un point|tous les points)"
                    + "|(?:examiner s|examiner|mark|marking|scoring|assessment|the|your|their|his|her|grille d) "
                    + "(?:checklist|check list|mark scheme|rubric|grille)|(?:tick|ticks|ticked|ticking|cocher|coche|cochez"
                    + "|cochee) (?:a|the|that|this|another|off|une|la|cette|une autre) (?:box|boxes|case|cases|item|point)"
                    + "|(?:grille|bareme) (?:d evaluation|de notation|d examen|de l examinateur)"
                    + "|(?:give|giving|gives|mettrais|mettrai|donnerais|donne) (?:you|vous|te) (?:a |an |une )?(?:(?:\\d+|ten"
                    + "|dix|nine|neuf|eight|huit) (?:out of|sur) (?:\\d+|ten|dix|twenty|vingt)|full marks|top marks"
                    + "|a pass|une bonne note|la moyenne)) (?!(?:on|sur) (?:my|mon|the|le) "
                    + "(?:licence|license|permis))")),
            new Anchored(Set.of("examiner", "examiners", "examinateur", "examinatrice", "examinateurs", "candidate",
                    "candidates", "candidat", "candidats", "student", "students", "etudiant", "etudiante", "learner",
                    "trainee", "apprenant", "externe", "interne"),
                    Pattern.compile(" (?:(?:the|an|your|l|un|votre|vos|les) (?:examiner|examiners|examinateur|examinatrice"
                    + "|examinateurs)|(?:the|a|every|any|each|le|la|l|un|une|chaque|tout|les"
                    + "|most) (?:candidates?|candidats?|students?|etudiante?s?|learners?|trainees?|apprenante?s?"
                    + "|externes?|internes?) (?:is|are|should|must|needs? to|has to|have to|would|will|ought|is expected"
                    + "|are expected|doit|doivent|devrait|devraient|est cense|sont censes|est attendu|sont attendus"
                    + "|pourrait) (?:\\w+ )?(?:to |que vous |de )?(?:ask|asking|explore|cover|check|elicit|identify|pick up|screen"
                    + "|summari[sz]e|demander|explorer|aborder|verifier|rechercher|identifier|poser|interroger"
                    + "|synthetiser|resumer|recognise|recognize|reconnaitre|be able|etre capable)) ")),
            // a tutor's voice: the student's technique named, praised, corrected or taught
            new Anchored(Set.of("open", "closed", "leading", "ouverte", "ouvertes", "fermee", "fermees", "inductive",
                    "inductives", "screening", "clarifying"),
                    Pattern.compile(" (?:good|great|nice|excellent|lovely|perfect|use|using|asking|ask|more|fewer|try|that s an"
                    + "|that was an) (?:an |some |more |a )?(?:open|open ended|closed|leading|screening|clarifying)"
                    + " questions? | (?:bonne|belle|excellente|tres bonne|des|vos|poser des|posez des|privilegiez les"
                    + "|privilegiez des|plus de|moins de) questions? (?:ouvertes?|fermees?|inductives?) ")),
            new Anchored(Set.of("question", "questions", "ask", "poser"),
                    Pattern.compile(" (?:right|correct|key|important|relevant|essential|good|great|excellent|pertinent"
                    + "|bonne|pertinente|essentielle|importante|excellente|cle) questions? (?:to ask|to be asking"
                    + "|a (?:me )?poser) ")),
            new Anchored(Set.of("ask", "asked", "asking", "explore", "explored", "cover", "covered", "elicit", "enquire",
                    "inquire", "screen", "summarise", "summarize", "clarify"),
                    Pattern.compile(" (?:you|u) (?:should|could|would|might|ought to|must|may) (?:also |really |probably"
                    + " |definitely |perhaps )?(?:have|ve) (?:asked|explored|covered|elicited|enquired|inquired|screened"
                    + "|summarised|summarized|clarified) (?!(?:me|us|her|him|them|my \\w+) (?:\\||earlier|before|first|sooner|instead"
                    + "|myself|straight away|right away|when|yesterday|this morning|days ago)|me \\|)"
                    + "| (?:you|u) (?:should|could|might|ought to|need to|must|may) (?:also |really |probably |definitely"
                    + " |still |perhaps )?(?:want to |consider )?(?:ask|asking|explore|cover|elicit|enquire|inquire|screen"
                    + "|summarise|summarize|clarify) (?:about|me about|first|next|more|earlier|now) "
                    + "| (?:you|u) (?:forgot|forgotten|missed|haven t thought|didn t think|did not think) (?:to )?"
                    + "(?:ask|asking|explore|exploring|cover|covering|check|checking) "
                    + "| (?:remember|don t forget|do not forget|make sure you|be sure to|try to|next time|consider|it"
                    + " would be (?:worth|good|wise)|it s worth|you might want to|you may want to|you ll want to) "
                    + "(?:to )?(?:ask|asking|explore|exploring|cover|covering|summarise|summarising|summarize|summarizing"
                    + "|elicit|eliciting|screen|screening|clarify|clarifying) (?:about|me about|whether|if|the patient"
                    + "|for|open|more|what|when|how|the|red) ")),
            new Anchored(Set.of("demander", "demande", "explorer", "aborder", "interroger", "questionner", "evoquer",
                    "reformuler", "resumer", "synthetiser", "synthese", "rechercher", "poser", "enquerir"),
                    Pattern.compile(" (?:tu aurais|vous auriez|il aurait|on aurait) (?:du|pu|fallu) (?:aussi |egalement |d abord"
                    + " |plutot |me |m )*(?:demander|explorer|aborder|interroger|questionner|evoquer|reformuler|resumer"
                    + "|synthetiser|rechercher|poser|vous enquerir|t enquerir|faire une synthese) (?!a |au |aux |plus tot |avant "
                    + "|d abord |tout de suite |des le debut |hier |ce matin |\\| )"
                    + "| (?:pensez|pense|n oubliez pas|n oublie pas|essayez|essaie|veillez|il faut|il faudrait|il faudra"
                    + "|la prochaine fois) (?:a |de |d )?(?:bien |toujours |aussi |egalement )?(?:me |m |lui |l |le |la )?"
                    + "(?:demander|explorer|aborder|interroger|questionner|evoquer|reformuler|resumer|synthetiser"
                    + "|rechercher|poser|vous enquerir|t enquerir|faire une synthese) (?!a |au |aux )"
                    + "| (?:vous avez|tu as) (?:oublie|omis|oubliee) (?:de |d )(?:me |m )?(?:demander|interroger|explorer"
                    + "|aborder|questionner|poser|evoquer) ")),
            new Anchored(Set.of("supposed", "meant", "expected", "cense", "censee", "suppose", "attendu", "attend"),
                    Pattern.compile(" (?:you re|you are|you were|vous etes|vous etiez|tu es|tu etais) (?:\\w+ )?(?:supposed"
                    + "|meant|expected|censee?|supposee?|attendue?) (?:to |de |d |a )?(?:me )?(?:ask|asking|explore|cover"
                    + "|elicit|summari[sz]e|screen|identify|pick up|demander|explorer|aborder|rechercher|interroger"
                    + "|resumer|synthetiser|identifier) ")),
            new Anchored(Set.of("questions", "question", "questioning", "technique", "approach", "structure", "summary",
                    "rapport", "empathy", "communication", "reasoning", "demarche", "approche", "raisonnement",
                    "reflexe", "consultation", "history"),
                    Pattern.compile(" (?:your|votre|vos|ta|tes|ton) (?:open |closed |first |last |opening |follow up )?"
                    + "(?:questions|question|questioning|technique|approach|structure|summary|summarising|rapport|empathy"
                    + "|communication|consultation skills|clinical reasoning|reasoning|demarche|approche|raisonnement"
                    + "|raisonnement clinique|synthese|reformulation|history taking) (?:so far |here |today |jusqu ici |ici )?"
                    + "(?:is|was|are|were|has been|have been|est|etait|sont|etaient|a ete|ont ete) (?:a bit |a little |very"
                    + " |really |quite |un peu |tres |bien |vraiment |assez )?(?:good|great|excellent|clear|thorough"
                    + "|structured|well structured|too|closed|leading|rushed|focused|appropriate|spot on|bonne|bonnes"
                    + "|excellente|claire|claires|structuree|trop|fermees|inductives|pertinente|pertinentes|adaptee"
                    + "|adaptees|efficace|solide)"
                    + "| (?:good|great|excellent|nice|bonne|belle|excellente|bon) (?:demarche|approche|reflexe|technique"
                    + "|questioning|use of (?:open|silence|summar\\w*)|summarising|reformulation|synthese) ")),
            new Anchored(Set.of("covered", "cover", "couvert", "aborde", "points", "elements", "areas", "items"),
                    Pattern.compile(" (?:you ve|you have|vous avez|tu as) (?:now |already |not |pas |bien |deja |encore )*"
                    + "(?:covered|cover|couvert|aborde|traite|explored|explore) (?:all |most |the |tous |toutes |les "
                    + "|l essentiel des |la plupart des |of |of the |des |de )*(?:key |main |important |essential |cles |principaux |importants )?"
                    + "(?:points|areas|elements|items|topics|themes|sujets) ")),
            // the actor or the narrator behind the patient
            new Anchored(Set.of("lines", "part", "script", "brief", "briefing", "repliques", "texte"),
                    Pattern.compile(" (?:learn(?:ed|t|ing)? (?:my|the) (?:lines|part|script)|(?:stick to|sticking to|stuck to"
                    + "|go off|going off|went off|deviate from|deviating from|according to|beyond) (?:my|the|this)"
                    + " (?:lines|script|brief|briefing)|(?:forgot|forget|forgotten|follow|following|outside|not in"
                    + "|isn t in|wasn t in|nothing in|in) (?:my|the|this) (?:lines|brief|briefing)|(?:my|the) (?:lines"
                    + "|brief|briefing) (?:say|says|said|tell"
                    + "|tells|told|don t|doesn t|does not|didn t|did not|only|give|gives|gave|mention|mentions|cover"
                    + "|covers) (?:me |that |to |i |anything |nothing |not |say |mention |cover )"
                    + "|mes repliques|(?:mon|le) texte (?:dit|ne dit|prevoit|ne prevoit)|(?:selon|d apres|dans"
                    + " mon|hors de mon|pas dans mon) (?:mon )?(?:texte|script|brief|briefing)|(?:the|my|this) part i"
                    + " (?:m|am|was|ve been|have been) (?:playing|given|asked to play|cast)) ")),
            new Anchored(Set.of("patient", "patiente", "character", "personnage", "role"),
                    Pattern.compile(" (?:the|this|my|a|le|la|ce|cette|mon|ma) (?:patient|patiente|character|personnage)"
                    + " (?:i m|i am|i|que je|qu je) (?:playing|play|portray|portraying|voice|voicing|joue|incarne"
                    + "|interprete) | (?:the|this|my|le|la|ce|cette|mon|ma) (?:patient|patiente|character|personnage)"
                    + " (?:would|wouldn t|would not|is supposed|is meant|is written|is scripted|doesn t know|does not know"
                    + "|dirait|repondrait|ne dirait|ne saurait|est cense|est censee|est ecrite?) (?!like|prefer|rather)"
                    + "| (?:portray|portraying|portrayed|incarner|incarne|incarnant) (?:the |this"
                    + " |a |an |le |la |ce |cette |un |une )?(?:patient|patiente|role|character|personnage|mother|father"
                    + "|daughter|son|mere|pere|fille|fils|husband|wife|mari|femme) ")),
            new Anchored(Set.of("real", "vraie", "vrai", "actually", "fact", "reality", "realite"),
                    Pattern.compile(" (?:in real life|irl|dans la vraie vie|dans la realite|in reality|en realite) (?:i m|i am"
                    + "|i|je suis|je ne suis|j ai|je n ai) (?:actually |really |vraiment |juste |just )?(?:a |an"
                    + " |un |une )?(?:actor|actress|acteur|actrice|comedien|comedienne|volunteer|benevole|tutor"
                    + "|examiner|examinateur|examinatrice) ")));
}
