package org.oscetrainer.scoring;

/**
 * What the eligibility rules ({@link SentenceEligibility}) read of one student sentence, whatever the item: read once per
 * sentence, not once per item, hint and sentence (each reading is a regular expression over the folded sentence).
 *
 * @param dismisses     it takes back what it acknowledges ({@link Dismissals})
 * @param rhetorical    a question the student answers in the same breath ({@link CommunicationReading#rhetorical})
 * @param closedCheck   a check of understanding that asks only for a yes ({@link PresumedAnswers#closedCheck})
 * @param leading       a question that says its own answer ({@link PresumedAnswers#leading})
 * @param identityCheck name, date of birth or address checked ({@link PresumedAnswers#identityCheck})
 * @param preview       an examination announced to ask consent ({@link SentenceEligibility#preview})
 * @param hypothesis    a diagnosis voiced ({@link ExaminationReading#hypothesis})
 * @param asksPermission consent asked for the examination as a whole ({@link ExaminationReading#asksPermission})
 * @param namedOnly     an examination named as what one would do ({@link ExaminationReading#namedOnly})
 * @param toThePerson   a statement that speaks to the person ({@link CommunicationReading#speaksToThePerson})
 * @param named         the student gives a name ({@link StudentSentence#named})
 * @param ownWorry      the student speaks of their own worry, not the person's ({@link CommunicationReading#ownWorry})
 * @param offers        a question that offers or proposes, or tells a plan with a tag ({@link ManagementReading#offers})
 */
record SentenceReading(boolean dismisses, boolean rhetorical, boolean closedCheck, boolean leading, boolean identityCheck,
        boolean preview, boolean hypothesis, boolean asksPermission, boolean namedOnly, boolean toThePerson, boolean named,
        boolean ownWorry, boolean offers) {

    static SentenceReading of(StudentSentence sentence) {
        String text = sentence.text();
        return new SentenceReading(Dismissals.dismisses(text), CommunicationReading.rhetorical(sentence),
                PresumedAnswers.closedCheck(text), PresumedAnswers.leading(text), PresumedAnswers.identityCheck(text),
                SentenceEligibility.preview(text), ExaminationReading.hypothesis(text), ExaminationReading.asksPermission(text),
                ExaminationReading.namedOnly(text), CommunicationReading.speaksToThePerson(text), sentence.named(),
                CommunicationReading.ownWorry(text), sentence.question() && ManagementReading.offers(text));
    }
}
