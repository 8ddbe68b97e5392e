package org.oscetrainer.scoring;

import java.util.regex.Pattern;
import org.oscetrainer.catalog.Rubric;
import org.oscetrainer.common.Words;

/**
 * Management told to the person, as an examiner reads it: an item whose label tells, explains, announces, proposes or
 * arranges ("Explique le déroulement…", "Présente le dispositif d'annonce…", "Explains the likely diagnosis and plan…",
 * "Arranges immediate treatment…") is done by what the student says to the person, not by what they ask of them.
 * "Saturation ?", "Votre fille, elle est allergique aussi ?", "Is your mum outside?" explain nothing, whatever words they
 * share with the item's hints; an offer or a proposal put as a question ("Voulez-vous qu'on appelle votre fille ?",
 * "Would you like the nurse to go through it again?", "Shall we book the scan for Monday?") is management told.
 */
final class ManagementReading {

    private ManagementReading() {
    }

    /** A label that tells or arranges rather than asks: "Explique", "Présente", "Informe", "Explains", "Arranges", "Agrees". */
    private static final Pattern TELLS = Pattern.compile("^(explique|presente|informe|annonce|propose|organise|donne|restitue"
            + "|decrit|indique|conseille|rassure|prescrit|explains?|presents?|informs?|announces?|proposes?|offers?|organi[sz]es?"
            + "|arranges?|gives?|describes?|advises?|agrees?|discuss(es)?|plans?|tells?|recognises? [^,]* and (arranges|agrees))\\b");

    /**
     * A question that offers or proposes: "voulez-vous", "vous souhaitez", "vous préférez", "would you like", "do you want",
     * "shall", "is it OK if", "how about", « ça vous va », « on peut… ? », "could Claire stay with you?".
     */
    private static final Pattern OFFERS = Pattern.compile("\\b(voulez vous|vous voulez|souhaitez vous|vous souhaitez|vous preferez"
            + "|preferez vous|vous aimeriez|aimeriez vous|ca vous va|cela vous va|vous etes d accord|d accord|qu en pensez vous"
            + "|on peut|on pourrait|pourrait on|je peux|je pourrais|puis je|est ce que je peux|est ce qu on peut"
            + "|would you like|would you prefer|would you rather|do you want|shall (i|we)|can (i|we)|could (i|we|someone|she|he"
            + "|they|[a-z]+ (stay|come|be|take|bring))|may i|is it ok|is that ok|is it okay|is that okay|is it alright"
            + "|is that alright|how about|what about (we|a|an|the|booking|getting|calling)|how would you feel|are you happy"
            + "|would (that|it) be|does that sound|sound ok|sound okay|sound alright|ok with you|okay with you)\\b"
            // A plan told, then a tag or a question at its end: "I'll get the crisis team, OK?", « Mon chef viendra vous voir
            // cet après-midi, et je reste disponible : vous avez d'autres questions ? ».
            + "|\\b(on va|je vais|nous allons|vous allez|viendra|viendront|je reste|i ll|we ll|i will|we will|you ll|you will"
            + "|i m going to|we re going to|i d like|je voudrais|j aimerais|il faut|you need|we need)\\b"
            + "|\\b(ok|okay|alright|all right|right|d accord|oui)$");

    /** Whether an item of management tells or arranges ({@link #TELLS}); an item that asks ("Demande le groupe sanguin") does not. */
    static boolean tells(Rubric.Item item) {
        return "management".equals(item.category()) && TELLS.matcher(Words.plain(item.label())).find();
    }

    /** Whether a question offers or proposes something ({@link #OFFERS}) rather than asks the person for a fact. */
    static boolean offers(String sentence) {
        return OFFERS.matcher(Words.plain(sentence)).find();
    }
}
