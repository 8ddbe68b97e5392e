package org.oscetrainer.patient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oscetrainer.catalog.Scenario;
import org.oscetrainer.catalog.StationFiles;

/**
 * Out of character with no machine word ({@link OffStage}), in English (confusion-elderly-en: Margaret Ellis and her
 * daughter Susan) and French (famille-en-colere-fr: André Marchand and his daughter Sophie). Sentences written here
 * from what a role player or a tutor says, never copied from a blind set; and what a patient or an angry relative
 * says in the same words, which must pass.
 */
class OffStageTest {

    private static OffStage station(String id) throws Exception {
        String src = Files.readString(Path.of("scenarios", id + ".yaml"), StandardCharsets.UTF_8);
        Scenario scenario = StationFiles.scenario(id + ".yaml", src).orElseThrow();
        return new OffStage(scenario);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Let me put Susan aside for a moment: you've not asked about her mother's tablets.",
        "I'm not really Susan, you know. I'm reading out a part for the students today.",
        "Honestly there's no real Margaret, love; she's a teaching case someone wrote up.",
        "Stepping out of the role briefly, the drug history is where this case is heading.",
        "That's nothing I was given in my brief, so I'd have to make it up.",
        "The people who wrote this scenario never told me what her bloods showed.",
        "You haven't asked about her medicines yet, and the checklist gives marks for that.",
        "Nice job on the introduction; the examiner will want the falls history next.",
        "I'm only voicing the daughter here; the real questions are about the bedside assessment.",
        "None of this really happened, it's a mock consultation for your finals.",
        "Those are the rules they gave me for this exercise, I'm afraid, so I'll stop there.",
        "A teaching note before we go on: you kept interrupting her, let her finish.",
        // guard7: stage directions, a score given to the student, a scene replayed, a tutor's reasons (written here)
        "I've been asked to look anxious and fiddle with my bag whenever you talk about care homes.",
        "I was instructed to get flustered if you rush me, so go gently and I'll calm down.",
        "I was told to repeat myself when you mention her tablets, so don't take it personally.",
        "Well, I'd give you six out of ten at this point: kind, but far too many closed questions.",
        "Eight out of ten for your summary, I'd say, though you skipped her eyesight.",
        "You're heading for a clear pass if you remember to check her hearing aid.",
        "You ought to also ask me whether she drinks, that's the bit students usually forget."
    })
    void offStageInEnglish(String reply) throws Exception {
        assertThat(station("confusion-elderly-en").check(reply)).as(reply).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Je laisse Sophie de côté une seconde : vous n'avez pas encore parlé de la plainte.",
        "Je ne suis pas vraiment Mme Marchand, c'est un cas écrit pour l'épreuve de communication.",
        "Il n'y a pas de vrai André, tout est inventé pour votre entraînement.",
        "Je quitte mon rôle un instant pour vous dire que l'empathie compte beaucoup ici.",
        "Ma fiche ne précise pas l'heure de son repas, je ne peux pas inventer.",
        "Vous n'avez pas proposé de solution concrète, et c'est un item de la grille.",
        "Bravo pour l'écoute, mais l'examinateur attend maintenant que vous expliquiez le retard.",
        "Petite pause hors du jeu : ce scénario sert à voir comment vous gérez la colère.",
        "Je ne suis qu'un outil d'entraînement, je ne connais que ce dossier-là.",
        "Remarque pédagogique : laissez-la finir ses phrases avant de répondre.",
        // guard7 (written here)
        "On m'a demandé de faire mine d'être pressée et de regarder ma montre, c'est pour voir votre patience.",
        "On m'a dit de m'énerver dès que vous parlez du retard, alors ne vous vexez pas.",
        "Honnêtement, je vous mettrais une bonne note : vous avez reconnu l'erreur sans vous cacher.",
        "Je vous donnerais quinze sur vingt, il manque seulement la suite de la prise en charge.",
        "Je refais mon entrée dans le couloir et vous reprenez au moment où je vous interpelle.",
        "Vous devriez d'abord me demander ce qui me met en colère : c'est ce que les examinateurs attendent."
    })
    void offStageInFrench(String reply) throws Exception {
        assertThat(station("famille-en-colere-fr").check(reply)).as(reply).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "You should have asked me earlier! I've been telling the nurses for two days that she isn't herself.",
        "You haven't even asked how she is. Nobody has. She's my mother, not a case number.",
        "I'm not Margaret's carer, I'm her daughter, and I want someone to listen to me.",
        "My role at work has changed, so I can only visit in the evenings.",
        "The worst part is she didn't know who I was this morning.",
        "My grandson has his exams next week, he's revising in the waiting room.",
        "It doesn't feel real, seeing her like this. Look at her hands, they're shaking.",
        "I dropped Susan's kids at school first, then came straight here.",
        "I work as a trainer at the gym, so I know my way around a training programme.",
        // guard7: a relative's own directions, scores and worries (written here)
        "I was told to wait in the corridor until you'd finished, so I missed the ward round.",
        "I was told to bring her tablets in a bag, so here they are, all of them.",
        "The pain? She said it was about seven out of ten this morning, less now.",
        "I'd give you her number but she's lost her phone again.",
        "You should ask the nurses, they've seen her every night this week.",
        "Don't worry if I cry, it's been a long couple of days."
    })
    void aRelativesOwnWordsPassInEnglish(String reply) throws Exception {
        assertThat(station("confusion-elderly-en").check(reply)).as(reply).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Vous auriez dû me demander plus tôt ! Ça fait deux heures que j'attends qu'on m'écoute.",
        "Vous n'avez même pas demandé comment il va. C'est mon père, pas un numéro.",
        "Je ne suis pas infirmière, mais je vois bien qu'il a froid sur ce brancard.",
        "Mon rôle, c'est de veiller sur lui, je suis sa personne de confiance.",
        "Le pire, c'est qu'il était mouillé et que personne n'était passé.",
        "Ce n'est pas réel, un hôpital où on laisse les vieux dans un couloir.",
        "Mon programme d'entraînement au club, je l'ai arrêté depuis qu'il est malade.",
        // guard7 (written here)
        "On m'a dit d'attendre dans le couloir jusqu'à ce que vous passiez, et j'ai attendu trois heures.",
        "On m'a demandé de rapporter ses médicaments, je les ai dans mon sac.",
        "Il avait mal à huit sur dix hier soir, c'est l'infirmière de nuit qui l'a noté.",
        "Vous devriez demander à l'infirmière de nuit, elle l'a trouvé mouillé.",
        "Ne vous inquiétez pas si je hausse le ton, je suis à bout."
    })
    void aRelativesOwnWordsPassInFrench(String reply) throws Exception {
        assertThat(station("famille-en-colere-fr").check(reply)).as(reply).isEmpty();
    }
}
