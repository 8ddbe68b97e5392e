package org.oscetrainer.scoring;

import java.util.regex.Pattern;
import org.oscetrainer.common.Words;

/**
 * Sentences that dismiss what the person feels or lives rather than meet it: an acknowledgement taken back by
 * "but" ("Je comprends, c'est difficile, mais il faut avancer", "I hear you, but we need to move on") and the
 * minimising of a harm ("Ça arrive dans tous les hôpitaux", "These things happen", "ça arrive à tout le monde"), and
 * the blame put on someone else ("C'est l'infirmière des urgences qui aurait dû la reporter", "it wasn't our fault").
 * Whatever words they share with a hint, they show no empathy, no exploration and no professional candour: the
 * examiners of the blind sets give them nothing ("reassurance and formulaic sympathy are not empathy").
 */
final class Dismissals {

    private Dismissals() {
    }

    private static final Pattern DISMISSAL = Pattern.compile("\\b(mais|but|however|cependant) (bon |well |now |maintenant )?"
            + "(il faut (avancer|continuer|passer)|on (doit|va) (avancer|continuer|passer)|passons|revenons|vous savez|you know"
            + "|let s (move on|get on|crack on|carry on|continue)|we (need|have|ve got) to (move on|get on|crack on|carry on)"
            + "|(i|we) (need|have|ve got) to (finish|get through)|anyway|i need to finish|je dois (finir|terminer))"
            + "|\\b(ca|cela) arrive (partout|dans tous|a tout le monde|tout le temps|souvent)|\\b(these|such) things happen"
            + "|\\bit happens (everywhere|to everyone|all the time)|\\b(happens|arrive) (in|dans) (every|tous les) (hospital|hopitaux)"
            // Shifting the blame: "ce n'est pas de notre faute, c'est le logiciel", "c'est l'infirmière qui aurait dû…".
            + "|\\b(ce n est|c est) pas (de )?(notre|ma) faute|\\bc est (de )?la faute (de|du|des|a)|\\bqui (aurait|auraient) du"
            + "|\\b(it s|it is|it was|it wasn t|it isn t) (not )?(our|my) fault|\\b(it s|it was) (the|their|his|her) fault"
            + "|\\bwho should have\\b"
            // A harm made ordinary: "ce sont des choses qui arrivent", "ça peut arriver", "these things can happen".
            + "|\\b(ce sont|c est) (des choses|une chose|un risque|quelque chose) qui (arrivent|arrive|peut arriver|peuvent arriver)"
            + "|\\b(ca|cela) (peut|peuvent) arriver|\\b(these|such|things like this|that) (things )?(can|do) happen"
            + "|\\bit (can|does) happen\\b"
            // Discouraging a complaint or a step: "une plainte ne servirait pas à grand-chose", "there's no point complaining".
            + "|\\b(ne servirait|ne sert|ne servira|ne servirai) (a rien|pas a grand chose|pas a grand-chose|pas a grand chose)"
            + "|\\bno point (in )?(complaining|making a complaint|a complaint)|\\b(wouldn t|won t|would not) (achieve|change|do) (much|anything)");

    /** Whether a sentence dismisses what it acknowledges. */
    static boolean dismisses(String sentence) {
        return DISMISSAL.matcher(Words.plain(sentence)).find();
    }
}
