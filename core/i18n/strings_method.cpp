// Texts of the sales method's catalogue (steps, checkpoints, knowledge areas),
// in the app's own words, English and German.
//
// Conventions: "*.term" is the German method term and is the same in both
// columns (reps know the method by the German names). Checkpoints are short
// statements a rep ticks (at most 75 characters, one line next to a checkbox);
// coaching texts are 2–3 sentences (at most 320 characters), German in Sie-form.
// tests/unit/test_method_catalogue.cpp checks completeness and lengths.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& methodStrings() {
    static const std::vector<StringEntry> table = {
        // ── The 16-step conversation process for A customers ──────────────────
        // 1 Reflection
        {"step.reflection.name", "Reflection", "Reflexion"},
        {"step.reflection.term", "Reflexion", "Reflexion"},
        {"step.reflection.coaching",
         "Before the meeting, check your own attitude: are you looking forward to this customer? Think of the "
         "long-term relationship you want, not just today's order. You meet as two experts on equal terms.",
         "Prüfen Sie vor dem Termin Ihre eigene Haltung: Freuen Sie sich auf diesen Kunden? Denken Sie an die "
         "langfristige Beziehung, nicht nur an den heutigen Auftrag. Sie begegnen sich als Experten auf Augenhöhe."},
        {"step.reflection.checkpoint.1", "I look forward to selling", "Ich freue mich auf das Verkaufen"},
        {"step.reflection.checkpoint.2", "I want a long-term relationship with this customer",
         "Ich will eine langfristige Beziehung zu diesem Kunden"},
        {"step.reflection.checkpoint.3", "I'm ready for personal contact", "Ich bin bereit für den persönlichen Kontakt"},
        // 2 Preparation
        {"step.preparation.name", "Preparation", "Vorbereitung"},
        {"step.preparation.term", "Vorbereitung", "Vorbereitung"},
        {"step.preparation.coaching",
         "Decide what this meeting should achieve and write it down as a concrete sales goal. Gather what you know "
         "about the customer, and have pictures, figures or samples ready that make your proposals easy to grasp.",
         "Legen Sie fest, was dieses Gespräch bringen soll, und notieren Sie es als konkretes Verkaufsziel. Stellen "
         "Sie zusammen, was Sie über den Kunden wissen, und halten Sie Bilder, Zahlen oder Muster bereit, die Ihre "
         "Vorschläge greifbar machen."},
        {"step.preparation.checkpoint.1", "Concrete sales goals for this meeting are set",
         "Konkrete Verkaufsziele für das Gespräch sind festgelegt"},
        {"step.preparation.checkpoint.2", "Information on the customer is at hand",
         "Informationen über den Kunden liegen bereit"},
        {"step.preparation.checkpoint.3", "Visual aids for the proposals are ready",
         "Visualisierungen für die Vorschläge sind vorbereitet"},
        // 3 Making contact
        {"step.making_contact.name", "Making contact", "Kontaktaufnahme"},
        {"step.making_contact.term", "Kontaktaufnahme", "Kontaktaufnahme"},
        {"step.making_contact.coaching",
         "The first minutes set the tone. Take care of how you come across, keep a few small-talk topics in mind "
         "that suit this person, and show real curiosity about them – customers sense whether interest is genuine.",
         "Die ersten Minuten prägen das ganze Gespräch. Achten Sie auf Ihr Auftreten, halten Sie ein paar passende "
         "Small-Talk-Themen bereit und zeigen Sie echtes Interesse am Menschen – Kunden spüren, ob es ernst gemeint "
         "ist."},
        {"step.making_contact.checkpoint.1", "My appearance is taken care of", "Mein Auftreten ist vorbereitet"},
        {"step.making_contact.checkpoint.2", "Suitable small-talk topics are in mind",
         "Passende Small-Talk-Themen sind bekannt"},
        {"step.making_contact.checkpoint.3", "I'm genuinely interested in the customer",
         "Ich interessiere mich ehrlich für den Kunden"},
        // 4 Opening the conversation
        {"step.opening.name", "Opening", "Gesprächsbeginn"},
        {"step.opening.term", "Gesprächsbeginn", "Gesprächsbeginn"},
        {"step.opening.coaching",
         "Wait until the customer signals they are ready to talk business. Then catch their attention with a hook – "
         "a piece of news, a question, an observation – and say openly what you would like to achieve today.",
         "Warten Sie, bis der Kunde Gesprächsbereitschaft signalisiert. Wecken Sie dann mit einem Aufhänger seine "
         "Aufmerksamkeit – einer Neuigkeit, einer Frage, einer Beobachtung – und sagen Sie offen, was Sie heute "
         "vorhaben."},
        {"step.opening.checkpoint.1", "Signals that the customer is ready to talk are noticed",
         "Signale der Gesprächsbereitschaft sind beachtet"},
        {"step.opening.checkpoint.2", "Attention is caught with a hook", "Aufmerksamkeit ist mit einem Aufhänger geweckt"},
        {"step.opening.checkpoint.3", "The aim of the conversation is stated", "Die Absicht des Gesprächs ist genannt"},
        // 5 Positive relationship
        {"step.positive_relationship.name", "Positive relationship", "Positive Beziehung"},
        {"step.positive_relationship.term", "Positive Beziehung", "Positive Beziehung"},
        {"step.positive_relationship.coaching",
         "People buy from people they trust. Ease any tension early, be reliable even in small things, and adapt to "
         "the customer's pace, language and habits instead of expecting them to adapt to you.",
         "Menschen kaufen bei Menschen, denen sie vertrauen. Nehmen Sie früh die Spannung heraus, seien Sie schon "
         "bei Kleinigkeiten verlässlich und stellen Sie sich auf Tempo, Sprache und Gewohnheiten des Kunden ein – "
         "nicht umgekehrt."},
        {"step.positive_relationship.checkpoint.1", "The customer's tension is eased",
         "Die Anspannung des Kunden ist abgebaut"},
        {"step.positive_relationship.checkpoint.2", "The customer's trust is won", "Das Vertrauen des Kunden ist gewonnen"},
        {"step.positive_relationship.checkpoint.3", "I have adapted to the customer's habits",
         "Ich habe mich auf die Gewohnheiten des Kunden eingestellt"},
        // 6 Customer situation
        {"step.customer_situation.name", "Customer situation", "Kundensituation"},
        {"step.customer_situation.term", "Kundensituation", "Kundensituation"},
        {"step.customer_situation.coaching",
         "Find out where the customer stands today before you offer anything. Ask open questions about needs, "
         "requirements and the current situation, then really listen: let them finish, ask back, confirm. In this "
         "step the customer does most of the talking.",
         "Finden Sie heraus, wo der Kunde heute steht, bevor Sie etwas anbieten. Fragen Sie offen nach Bedarf, "
         "Anforderungen und aktueller Lage und hören Sie aktiv zu: ausreden lassen, nachfragen, bestätigen. In "
         "diesem Schritt spricht vor allem der Kunde."},
        {"step.customer_situation.checkpoint.1", "Needs and requirements are explored",
         "Bedarf und Anforderungen sind erkundet"},
        {"step.customer_situation.checkpoint.2", "The current situation is asked about",
         "Die aktuelle Situation ist erfragt"},
        {"step.customer_situation.checkpoint.3", "I listen actively", "Ich höre aktiv zu"},
        // 7 Customer goals
        {"step.customer_goals.name", "Customer goals", "Kundenziele"},
        {"step.customer_goals.term", "Kundenziele", "Kundenziele"},
        {"step.customer_goals.coaching",
         "Ask where the customer wants to go, not only what they need now. Form your own ideas about their wishes "
         "and test them with questions. Then sum up what you heard in their words – it shows you listened and "
         "prevents misunderstandings.",
         "Fragen Sie, wohin der Kunde will – nicht nur, was er heute braucht. Bilden Sie Hypothesen über seine "
         "Wünsche und prüfen Sie sie mit Fragen. Fassen Sie das Gehörte in seinen Worten zusammen: Das zeigt "
         "Aufmerksamkeit und beugt Missverständnissen vor."},
        {"step.customer_goals.checkpoint.1", "The customer's intentions are asked about",
         "Die Absichten des Kunden sind erfragt"},
        {"step.customer_goals.checkpoint.2", "Hypotheses about the customer's wishes are formed",
         "Hypothesen zu den Wünschen des Kunden sind gebildet"},
        {"step.customer_goals.checkpoint.3", "What the customer said is summarised",
         "Die Aussagen des Kunden sind zusammengefasst"},
        // 8 Proposals
        {"step.proposals.name", "Proposals", "Vorschläge"},
        {"step.proposals.term", "Vorschläge", "Vorschläge"},
        {"step.proposals.coaching",
         "Present features, advantages and, above all, the benefit for this particular customer. Give each proposal "
         "a short key word that sticks, and tie it clearly to the situation and goals you have just heard.",
         "Stellen Sie Merkmale, Vorteile und vor allem den Nutzen für genau diesen Kunden dar. Geben Sie jedem "
         "Vorschlag ein einprägsames Schlüsselwort und verknüpfen Sie ihn ausdrücklich mit der Situation und den "
         "Zielen, die Sie gerade gehört haben."},
        {"step.proposals.checkpoint.1", "Features, advantages and benefits are explained",
         "Merkmale, Vorteile und Nutzen sind erklärt"},
        {"step.proposals.checkpoint.2", "Each proposal has a key word", "Jeder Vorschlag hat ein Schlüsselwort"},
        {"step.proposals.checkpoint.3", "Proposals are linked to the customer's situation and goals",
         "Die Vorschläge knüpfen an Situation und Ziele des Kunden an"},
        // 9 Objections
        {"step.objections.name", "Objections", "Einwände"},
        {"step.objections.term", "Einwände", "Einwände"},
        {"step.objections.coaching",
         "Objections are normal, so plan for them. A customer who objects is still engaged: treat each objection as "
         "a question that deserves a calm, concrete answer, not as an attack to fend off.",
         "Einwände gehören dazu – rechnen Sie mit ihnen. Wer einwendet, ist noch im Gespräch. Behandeln Sie jeden "
         "Einwand als Frage, die eine ruhige, konkrete Antwort verdient, und nicht als Angriff, den Sie abwehren "
         "müssen."},
        {"step.objections.checkpoint.1", "Objections are expected", "Einwände sind einkalkuliert"},
        {"step.objections.checkpoint.2", "Objections are read as a sign of interest",
         "Einwände werden als Interesse verstanden"},
        {"step.objections.checkpoint.3", "Objections are treated as questions", "Einwände werden als Fragen behandelt"},
        // 10 Decision
        {"step.decision.name", "Decision", "Entscheidung"},
        {"step.decision.term", "Entscheidung", "Entscheidung"},
        {"step.decision.coaching",
         "Clear up the practical terms that matter for the decision – price, delivery, payment, timing. Come back "
         "to the customer's own decision criteria and give a friendly impulse to decide, without pressure.",
         "Klären Sie die Kaufmodalitäten, auf die es bei der Entscheidung ankommt – Preis, Lieferung, Zahlung, "
         "Termin. Greifen Sie die Entscheidungskriterien des Kunden auf und geben Sie einen freundlichen Impuls zur "
         "Entscheidung, ohne Druck."},
        {"step.decision.checkpoint.1", "Purchase terms that matter for the decision are clear",
         "Entscheidungsrelevante Kaufmodalitäten sind geklärt"},
        {"step.decision.checkpoint.2", "The customer's decision criteria are addressed",
         "Die Entscheidungskriterien des Kunden sind aufgegriffen"},
        {"step.decision.checkpoint.3", "Impulses for the decision are given", "Impulse für die Entscheidung sind gegeben"},
        // 11 Additional business
        {"step.additional_business.name", "Additional business", "Zusatzgeschäft"},
        {"step.additional_business.term", "Zusatzgeschäft", "Zusatzgeschäft"},
        {"step.additional_business.coaching",
         "Once the main decision is made, think one step further. If you know your company's full range, you can "
         "point out what else genuinely helps this customer – and agree on concrete next sales options.",
         "Ist die Hauptentscheidung gefallen, denken Sie einen Schritt weiter. Wer das ganze Angebot des "
         "Unternehmens kennt, sieht, was dem Kunden zusätzlich wirklich nützt – und vereinbart konkrete weitere "
         "Verkaufsmöglichkeiten."},
        {"step.additional_business.checkpoint.1", "I know the company's whole range",
         "Ich kenne das gesamte Angebot des Unternehmens"},
        {"step.additional_business.checkpoint.2", "Further offers that meet the customer's needs are explained",
         "Weitere Angebote passend zum Bedarf sind erklärt"},
        {"step.additional_business.checkpoint.3", "Further sales options are agreed",
         "Weitere Verkaufsmöglichkeiten sind vereinbart"},
        // 12 Ending the conversation
        {"step.ending.name", "Ending", "Gesprächsende"},
        {"step.ending.term", "Gesprächsende", "Gesprächsende"},
        {"step.ending.coaching",
         "End on a confident note. Show that you believe in the solution you found together, remind the customer "
         "why they decided, and paint a clear picture of what will get better for them.",
         "Beenden Sie das Gespräch mit Zuversicht. Zeigen Sie, dass Sie von der gemeinsamen Lösung überzeugt sind, "
         "erinnern Sie an die Kaufmotive des Kunden und beschreiben Sie anschaulich, was sich für ihn verbessert."},
        {"step.ending.checkpoint.1", "Confidence in the solution found is shown",
         "Zuversicht in die gefundene Lösung ist signalisiert"},
        {"step.ending.checkpoint.2", "The customer's decision motives are referred to",
         "Die Entscheidungsmotive des Kunden sind angesprochen"},
        {"step.ending.checkpoint.3", "The positive effects of the purchase are described",
         "Die positiven Wirkungen des Kaufs sind beschrieben"},
        // 13 Follow-up
        {"step.follow_up.name", "Follow-up", "Nachbereitung"},
        {"step.follow_up.term", "Nachbereitung", "Nachbereitung"},
        {"step.follow_up.coaching",
         "Right after the meeting, set things in motion in your company so the customer gets what was agreed. "
         "Update the customer file while the details are fresh, and note one thing you will do differently next "
         "time.",
         "Setzen Sie direkt nach dem Gespräch im eigenen Haus alles in Gang, damit der Kunde bekommt, was vereinbart "
         "wurde. Ergänzen Sie die Kundenakte, solange alles frisch ist, und notieren Sie, was Sie beim nächsten Mal "
         "anders machen."},
        {"step.follow_up.checkpoint.1", "Everything needed in the company is arranged",
         "Alles Nötige im Unternehmen ist veranlasst"},
        {"step.follow_up.checkpoint.2", "The customer file is complete", "Die Kundenakte ist vervollständigt"},
        {"step.follow_up.checkpoint.3", "Lessons from the conversation are noted",
         "Lehren aus dem Gespräch sind festgehalten"},
        // 14 Reward
        {"step.reward.name", "Reward", "Belohnung"},
        {"step.reward.term", "Belohnung", "Belohnung"},
        {"step.reward.coaching",
         "A success deserves to be noticed. Tell your colleagues, share the joy with the people who helped, and "
         "treat yourself to something – it keeps you motivated for the next conversation.",
         "Erfolge verdienen Aufmerksamkeit. Erzählen Sie Kollegen davon, teilen Sie die Freude mit allen, die "
         "geholfen haben, und gönnen Sie sich selbst etwas – das hält die Motivation für das nächste Gespräch hoch."},
        {"step.reward.checkpoint.1", "Others know about the success", "Andere wissen vom Erfolg"},
        {"step.reward.checkpoint.2", "The joy is shared with others", "Die Freude ist mit anderen geteilt"},
        {"step.reward.checkpoint.3", "I have rewarded myself", "Ich habe mich selbst belohnt"},
        // 15 Support
        {"step.support.name", "Support", "Unterstützung"},
        {"step.support.term", "Unterstützung", "Unterstützung"},
        {"step.support.coaching",
         "The sale doesn't end with the signature. Send a short after-sales mail, get in touch again after a while, "
         "and check that every promise is really kept – that is how trust grows.",
         "Mit der Unterschrift ist der Verkauf nicht vorbei. Schicken Sie eine kurze After-Sales-Mail, melden Sie "
         "sich nach einiger Zeit wieder und achten Sie darauf, dass alle Zusagen eingehalten werden – so wächst "
         "Vertrauen."},
        {"step.support.checkpoint.1", "An after-sales mail is sent", "Eine After-Sales-Mail ist verschickt"},
        {"step.support.checkpoint.2", "The customer is contacted again", "Der Kunde ist erneut kontaktiert"},
        {"step.support.checkpoint.3", "Promises are kept", "Gegebene Zusagen sind eingehalten"},
        // 16 Retention
        {"step.retention.name", "Retention", "Bindung"},
        {"step.retention.term", "Bindung", "Bindung"},
        {"step.retention.coaching",
         "Loyal customers grow from many small gestures. Surprise the customer now and then, deepen the personal "
         "contact, and do something nice for them that shows you think of them beyond the next order.",
         "Treue Kunden entstehen aus vielen kleinen Gesten. Überraschen Sie den Kunden ab und zu, vertiefen Sie den "
         "persönlichen Kontakt und machen Sie ihm eine Freude, die zeigt: Sie denken über den nächsten Auftrag "
         "hinaus an ihn."},
        {"step.retention.checkpoint.1", "The customer is surprised with an activity",
         "Der Kunde ist mit einer Aktion überrascht"},
        {"step.retention.checkpoint.2", "Personal contact is intensified", "Der persönliche Kontakt ist intensiviert"},
        {"step.retention.checkpoint.3", "The customer is given a pleasure", "Dem Kunden ist eine Freude bereitet"},

        // ── The seven areas of customer knowledge (Kundenkenntnis) ────────────
        {"knowledge.strategy.ask", "Where would you like to be with this in a year, and what would be your next step?",
         "Wo möchten Sie damit in einem Jahr stehen, und was wäre Ihr nächster Schritt?"},
        {"knowledge.strategy.name", "Strategy", "Strategie"},
        {"knowledge.strategy.question", "What is my step-by-step strategy for this customer, and what is the next step?",
         "Welche Strategie verfolge ich bei diesem Kunden, und was ist der nächste Schritt?"},
        {"knowledge.status.ask", "Where do you stand in your decision right now, and what still has to happen?",
         "Wo stehen Sie gerade in Ihrer Entscheidung, und was muss noch passieren?"},
        {"knowledge.status.name", "Status", "Status"},
        {"knowledge.status.question", "Which phase of the sales process is this customer in, and what does that call for?",
         "In welcher Phase des Verkaufsprozesses steht der Kunde, und was folgt daraus für mich?"},
        {"knowledge.decision_makers.ask", "Who besides you has a say in this decision, and how will it be made?",
         "Wer entscheidet außer Ihnen mit, und wie kommt die Entscheidung zustande?"},
        {"knowledge.decision_makers.name", "Decision makers", "Entscheider"},
        {"knowledge.decision_makers.question", "Who decides on purchases here, and how does the decision come about?",
         "Wer entscheidet hier über Käufe, und wie kommt die Entscheidung zustande?"},
        {"knowledge.relationship.ask", "How do you see our work together so far, and what should we do differently?",
         "Wie erleben Sie unsere Zusammenarbeit bisher, und was sollten wir anders machen?"},
        {"knowledge.relationship.name", "Relationship", "Beziehung"},
        {"knowledge.relationship.question",
         "How good is my relationship with the decision makers and with the people who support them?",
         "Wie gut ist meine Beziehung zu den Entscheidern und zu ihren Unterstützern?"},
        {"knowledge.needs.ask", "What matters most to you here, and what would an ideal solution have to do?",
         "Worauf kommt es Ihnen dabei am meisten an, und was müsste eine ideale Lösung leisten?"},
        {"knowledge.needs.name", "Needs", "Bedarf"},
        {"knowledge.needs.question", "What does the customer need, what drives them, and how do our products meet it?",
         "Was braucht der Kunde, was treibt ihn an, und wie erfüllen unsere Produkte das?"},
        {"knowledge.standing.ask", "How do you see us compared with other suppliers?",
         "Wie sehen Sie uns im Vergleich zu anderen Anbietern?"},
        {"knowledge.standing.name", "Standing", "Verhältnis"},
        {"knowledge.standing.question", "Honestly and realistically: how does this customer see me?",
         "Ehrlich und realistisch betrachtet: Wie sieht mich dieser Kunde?"},
        {"knowledge.obstacles.ask", "What could stand in the way of a decision, and how could we clear it together?",
         "Was könnte einer Entscheidung im Weg stehen, und wie könnten wir das gemeinsam ausräumen?"},
        {"knowledge.obstacles.name", "Obstacles", "Hindernisse"},
        {"knowledge.obstacles.question", "What stands in the way of a purchase, and how can it be overcome?",
         "Was steht einem Kauf im Weg, und wie lässt es sich überwinden?"},
        {"knowledge_level.unknown", "Unknown", "Unbekannt"},
        {"knowledge_level.partly", "Partly known", "Teilweise bekannt"},
        {"knowledge_level.known", "Known", "Bekannt"},

        // ── The reduced process for B and C customers (5 elements) ────────────
        {"reduced.goals.name", "Goals", "Ziele"},
        {"reduced.goals.term", "Ziele", "Ziele"},
        {"reduced.goals.coaching",
         "Decide which factual solution you want to reach and how the relationship should develop. Then weigh the "
         "effort: give this customer as much time as is realistically worth it.",
         "Legen Sie fest, welche sachliche Lösung Sie erreichen wollen und wie sich die Beziehung entwickeln soll. "
         "Wägen Sie dann den Aufwand ab: Der Kunde bekommt so viel Zeit, wie es sich realistisch lohnt."},
        {"reduced.expectations.name", "Expectations", "Erwartungen"},
        {"reduced.expectations.term", "Erwartungen", "Erwartungen"},
        {"reduced.expectations.coaching",
         "Think ahead about what the customer expects and intends: how much time they have and how they like to "
         "proceed. Picture a result that would leave everyone satisfied.",
         "Überlegen Sie vorab, was der Kunde erwartet und vorhat: wie viel Zeit er mitbringt und wie er vorgehen "
         "möchte. Stellen Sie sich ein Ergebnis vor, mit dem alle Beteiligten zufrieden wären."},
        {"reduced.steering.name", "Steering", "Steuerung"},
        {"reduced.steering.term", "Steuerung", "Steuerung"},
        {"reduced.steering.coaching",
         "Steer on two tracks: keep the factual question apart from the feelings attached to it. Prepare a few "
         "solution options and the criteria that show how they serve both your interests and the customer's.",
         "Steuern Sie zweispurig: Trennen Sie die Sachfrage von den Gefühlen, die daran hängen. Bereiten Sie einige "
         "Lösungsmöglichkeiten vor – und die Kriterien, an denen sich zeigt, dass sie beiden Seiten dienen."},
        {"reduced.decision.name", "Decision", "Entscheidung"},
        {"reduced.decision.term", "Entscheidung", "Entscheidung"},
        {"reduced.decision.coaching",
         "Plan how to bring about the decision without pressure. Prepare the words and visuals for your impulse, "
         "and know your best alternative in case the customer doesn't take up the proposal.",
         "Planen Sie, wie Sie die Entscheidung ohne Druck herbeiführen. Legen Sie sich Formulierungen und "
         "Visualisierungen für Ihren Impuls zurecht und kennen Sie Ihre beste Alternative, falls der Vorschlag nicht "
         "angenommen wird."},
        {"reduced.follow_up.name", "Follow-up", "Nachbereitung"},
        {"reduced.follow_up.term", "Nachbereitung", "Nachbereitung"},
        {"reduced.follow_up.coaching",
         "Block time for the follow-up straight away. Draft the wording of the summarising after-sales mail, and list "
         "what has to be arranged internally once the customer has bought.",
         "Reservieren Sie gleich Zeit für die Nachbereitung. Formulieren Sie die zusammenfassende After-Sales-Mail "
         "vor und notieren Sie, was nach dem Kauf intern zu veranlassen ist."},

        // ── Attitude: the four life positions ─────────────────────────────────
        {"life_position.not_ok_not_ok", "I'm not OK – you're not OK", "Ich bin nicht o.k. – du bist nicht o.k."},
        {"life_position.not_ok_not_ok.effect",
         "Everything seems pointless: no goals, resignation, now and then an outburst of aggression.",
         "Alles wirkt sinnlos: keine Ziele, Resignation, hin und wieder auch Aggression."},
        {"life_position.ok_not_ok", "I'm OK – you're not OK", "Ich bin o.k. – du bist nicht o.k."},
        {"life_position.ok_not_ok.effect",
         "Comes across as arrogant and superior, blames others and finds it hard to accept praise.",
         "Wirkt überheblich, schiebt anderen die Schuld zu und kann Lob kaum annehmen."},
        {"life_position.not_ok_ok", "I'm not OK – you're OK", "Ich bin nicht o.k. – du bist o.k."},
        {"life_position.not_ok_ok.effect",
         "Feels inferior and of little worth, and turns anger against themselves instead of others.",
         "Fühlt sich unterlegen und wenig wert und richtet Ärger gegen sich selbst statt gegen andere."},
        {"life_position.ok_ok", "I'm OK – you're OK", "Ich bin o.k. – du bist o.k."},
        {"life_position.ok_ok.effect",
         "Positive and realistic, trusts their own and others' abilities and seeks cooperation – the attitude to aim "
         "for.",
         "Positiv und realistisch, vertraut den eigenen Fähigkeiten und denen anderer und sucht die Zusammenarbeit – "
         "die Haltung, die wir anstreben."},
    };
    return table;
}

}  // namespace etappe::i18n
