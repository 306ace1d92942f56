// Texts of the printable sheets (issue 12, item 6), English and German. The
// sheets reuse the method's own texts (steps, checkpoints, elements, review
// scales); only what is new to paper lives here.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& sheetStrings() {
    static const std::vector<StringEntry> table = {
        {"detail.sheet_extension", "the file name must end in .pdf or .html", "der Dateiname muss auf .pdf oder .html enden"},
        {"sheet.menu", "Print sheet", "Arbeitsblatt drucken"},
        {"status.sheet_written", "Sheet written:", "Arbeitsblatt geschrieben:"},
        {"error.sheet_title", "Could not write the sheet", "Arbeitsblatt konnte nicht geschrieben werden"},
        {"sheet.written", "Sheet written to %s", "Arbeitsblatt geschrieben: %s"},

        // Titles (also the menu entries)
        {"sheet.plan.title", "Conversation plan: the 16 steps", "Gesprächsplanung: die 16 Schritte"},
        {"sheet.reduced.title", "Reduced process for B and C customers", "Reduzierter Prozess für B- und C-Kunden"},
        {"sheet.debrief.title", "Debrief of a meeting", "Nachbereitung eines Gesprächs"},
        {"sheet.buying_center.title", "Buying center", "Buying Center"},

        // Shared
        {"sheet.customer", "Customer", "Kunde"},
        {"sheet.contact", "Contact", "Ansprechpartner"},
        {"sheet.date", "Date", "Datum"},
        {"sheet.meeting_goal", "Goal of this meeting", "Ziel dieses Gesprächs"},
        {"sheet.step", "Step", "Schritt"},
        {"sheet.checkpoints", "Checkpoints", "Checkpunkte"},
        {"sheet.prepared", "prepared", "vorbereitet"},

        // Planning sheet
        {"sheet.plan.intro",
         "Tick a checkpoint once you have it in hand. In the right column note how you will handle the step with this "
         "customer: your hook, your questions, proposals, expected objections, the impulse to decide.",
         "Haken Sie einen Checkpunkt ab, sobald Sie ihn sicher haben. Notieren Sie rechts, wie Sie den Schritt mit "
         "diesem Kunden gestalten: Aufhänger, Fragen, Vorschläge, erwartete Einwände, den Impuls zur Entscheidung."},
        {"sheet.plan.notes", "How I will do it with this customer", "So gehe ich bei diesem Kunden vor"},

        // Reduced process
        {"sheet.reduced.intro",
         "For B and C customers, five elements are enough. A customer who may become an A customer gets the full 16 "
         "steps; without a goal-directed idea, put the contact off for now.",
         "Für B- und C-Kunden genügen fünf Elemente. Wer ein A-Kunde werden kann, bekommt die vollen 16 Schritte; "
         "ohne zielgerichtete Idee verschieben Sie den Kontakt vorerst."},

        // Debrief
        {"sheet.debrief.note", "What happened – what I would change", "Was geschah – was ich ändern würde"},
        {"sheet.debrief.positions_hint", "Mark with I where you stood and with C where the customer seemed to be.",
         "Markieren Sie mit I, wo Sie standen, und mit K, wo der Kunde zu stehen schien."},
        {"sheet.debrief.balance_hint", "Mark the square where the meeting landed.",
         "Markieren Sie das Feld, in dem das Gespräch gelandet ist."},

        // Buying center
        {"sheet.bc.project", "Project or offer", "Projekt oder Angebot"},
        {"sheet.bc.intro",
         "Here a group decides, not one person. Find everyone who takes part, their role, what drives them and how "
         "much weight they carry – then align your arguments with the phase their decision is in.",
         "Hier entscheidet eine Gruppe, nicht eine Person. Finden Sie alle Beteiligten, ihre Rolle, was sie antreibt "
         "und wie viel Gewicht sie haben – und richten Sie Ihre Argumente auf die Phase ihrer Entscheidung aus."},
        {"sheet.bc.purchase", "Type of purchase:", "Art des Kaufs:"},
        {"sheet.bc.purchase.new_buy", "new buy", "Erstkauf"},
        {"sheet.bc.purchase.straight_rebuy", "straight rebuy", "identischer Wiederholungskauf"},
        {"sheet.bc.purchase.modified_rebuy", "modified rebuy", "modifizierter Wiederholungskauf"},
        {"sheet.bc.phase", "Where their buying decision stands now", "Wo die Kaufentscheidung gerade steht"},
        {"sheet.bc.roles", "Who takes part", "Wer beteiligt ist"},
        {"sheet.bc.role", "Role", "Rolle"},
        {"sheet.bc.names", "Name, function", "Name, Funktion"},
        {"sheet.bc.attitude", "Attitude to us", "Haltung zu uns"},
        {"sheet.bc.attitude.supports", "supports", "unterstützt"},
        {"sheet.bc.attitude.neutral", "neutral", "neutral"},
        {"sheet.bc.attitude.opposes", "opposes", "lehnt ab"},
        {"sheet.bc.influence", "Influence", "Einfluss"},
        {"sheet.bc.influence.high", "high", "hoch"},
        {"sheet.bc.influence.medium", "medium", "mittel"},
        {"sheet.bc.influence.low", "low", "gering"},
        {"sheet.bc.motives", "Motives – what this person needs from us", "Motive – was diese Person von uns braucht"},
        {"sheet.bc.role.initiator", "Initiator", "Initiator"},
        {"sheet.bc.role.initiator.hint", "sees the need and sets the purchase going", "erkennt den Bedarf und stößt den Kauf an"},
        {"sheet.bc.role.user", "User", "Anwender"},
        {"sheet.bc.role.user.hint", "works with the product every day", "arbeitet täglich mit dem Produkt"},
        {"sheet.bc.role.influencer", "Influencer", "Beeinflusser"},
        {"sheet.bc.role.influencer.hint", "sets requirements, advises, compares (e.g. engineering, consultants)",
         "legt Anforderungen fest, berät, vergleicht (z. B. Technik, Berater)"},
        {"sheet.bc.role.buyer", "Buyer", "Einkäufer"},
        {"sheet.bc.role.buyer.hint", "selects suppliers and negotiates the terms", "wählt Lieferanten aus und verhandelt die Konditionen"},
        {"sheet.bc.role.decider", "Decider", "Entscheider"},
        {"sheet.bc.role.decider.hint", "has the final say and releases the budget", "hat das letzte Wort und gibt das Budget frei"},
        {"sheet.bc.role.gatekeeper", "Gatekeeper", "Informationsfilter"},
        {"sheet.bc.role.gatekeeper.hint", "controls who and what reaches the others (e.g. assistants)",
         "steuert, wer und was zu den anderen durchdringt (z. B. Assistenz)"},
        {"sheet.bc.uncertainty", "How we lower their uncertainty (advice, references)",
         "Wie wir ihre Unsicherheit senken (Beratung, Referenzen)"},
        {"sheet.bc.next", "Next concrete activity: date, person, action", "Nächste konkrete Aktivität: Datum, Person, Handlung"},
    };
    return table;
}

}  // namespace etappe::i18n
