// Texts of the workshop (exercises, the participant's banner) and of collect
// and compare with its exports, English and German (issue 12, items 3 and 4).
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& workshopStrings() {
    static const std::vector<StringEntry> table = {
        {"detail.compare_extension", "the file name must end in .html or .json",
         "der Dateiname muss auf .html oder .json enden"},

        // Kinds of exercise
        {"exercise.kind.prepare_meeting", "Prepare a meeting", "Gespräch vorbereiten"},
        {"exercise.kind.rephrase_activities", "Rephrase pseudo-activities", "Pseudo-Aktivitäten umformulieren"},
        {"exercise.kind.classify_customers", "Classify customers", "Kunden klassifizieren"},
        {"exercise.kind.debrief_meeting", "Debrief a meeting", "Gespräch nachbereiten"},

        // The role-play observer's sheet (item 5)
        {"screen.observe", "Observe", "Beobachten"},  // short: the sidebar is narrow
        {"observe.title", "Observe a role-play", "Rollenspiel beobachten"},
        {"observe.intro",
         "For the observer of a triad: pick the seller's review (or start unlinked), start the timer and rate each step "
         "as it happens, on the same scale as the self-review. Below, the seller's self-rating and yours stand side by "
         "side.",
         "Für den Beobachter im Dreiergespräch: Wählen Sie den Rückblick des Verkäufers (oder beginnen Sie ohne), starten "
         "Sie die Uhr und bewerten Sie jeden Schritt, während er geschieht, auf derselben Skala wie der Rückblick. Darunter "
         "stehen Selbsteinschätzung und Ihre Bewertung nebeneinander."},
        {"observe.review", "Seller's review", "Rückblick des Verkäufers"},
        {"observe.linked_private", "Linked (private while presenting)", "Verknüpft (beim Präsentieren privat)"},
        {"observe.private_presenting",
         "The seller's self-review stays private while presenting; the comparison shows again when presentation mode ends (F5).",
         "Die Selbsteinschätzung des Verkäufers bleibt beim Präsentieren privat; der Vergleich erscheint wieder, wenn der "
         "Präsentationsmodus endet (F5)."},
        {"observe.unlinked", "(not linked)", "(nicht verknüpft)"},
        {"observe.new", "New observation", "Neue Beobachtung"},
        {"observe.sheets", "Sheet", "Bogen"},
        {"observe.sheet", "Observation", "Beobachtung"},
        {"observe.none", "No observation open. Start a new one.", "Keine Beobachtung geöffnet. Beginnen Sie eine neue."},
        {"observe.observer", "Observer", "Beobachter"},
        {"observe.start", "Start", "Start"},
        {"observe.stop", "Stop", "Stopp"},
        {"observe.section.rate", "Rate the steps", "Schritte bewerten"},
        {"observe.rating", "Observed", "Beobachtet"},
        {"observe.note", "Note", "Notiz"},
        {"observe.section.compare", "Self-review and observation side by side", "Selbsteinschätzung und Beobachtung im Vergleich"},
        {"observe.compare_unlinked", "Link the seller's review to compare.", "Verknüpfen Sie den Rückblick des Verkäufers, um zu vergleichen."},
        {"observe.self", "Seller", "Verkäufer"},
        {"observe.observed", "Observer", "Beobachter"},
        {"observe.gap", "Gap", "Abweichung"},
        {"observe.gap.better", "▲ sees themselves better", "▲ sieht sich besser"},
        {"observe.gap.worse", "▼ sees themselves worse", "▼ sieht sich schlechter"},

        // The workshop screen
        {"screen.workshop", "Workshop", "Workshop"},
        {"workshop.tab.exercises", "Exercises", "Übungen"},
        {"workshop.tab.compare", "Collect and compare", "Einsammeln und vergleichen"},
        {"workshop.intro",
         "Build the exercises from this file, then save it as the workshop file and hand it out. Each participant sees "
         "the current exercise above the screen it needs.",
         "Stellen Sie die Übungen aus dieser Datei zusammen, speichern Sie sie als Workshop-Datei und geben Sie sie aus. "
         "Alle Teilnehmenden sehen die aktuelle Übung über dem Bildschirm, den sie dafür brauchen."},
        {"workshop.add.prepare_meeting", "+ Prepare a meeting", "+ Gespräch vorbereiten"},
        {"workshop.add.rephrase_activities", "+ Rephrase pseudo-activities", "+ Pseudo-Aktivitäten umformulieren"},
        {"workshop.add.classify_customers", "+ Classify customers", "+ Kunden klassifizieren"},
        {"workshop.add.debrief_meeting", "+ Debrief a meeting", "+ Gespräch nachbereiten"},
        {"workshop.full", "A workshop file holds at most 200 exercises.", "Eine Workshop-Datei fasst höchstens 200 Übungen."},
        {"workshop.none", "No exercise yet. Add one above.", "Noch keine Übung. Fügen Sie oben eine hinzu."},
        {"workshop.no_target", "(no customer or activity)", "(kein Kunde, keine Aktivität)"},
        {"workshop.no_target_hint", "This exercise has lost its customer or activities: choose new ones or delete it.",
         "Diese Übung hat ihren Kunden oder ihre Aktivitäten verloren: Wählen Sie neue oder löschen Sie sie."},
        {"workshop.title", "Title", "Titel"},
        {"workshop.instruction", "Instruction for the participants", "Arbeitsauftrag für die Teilnehmenden"},
        {"workshop.customer", "Customer", "Kunde"},
        {"workshop.customers", "Customers to classify", "Zu klassifizierende Kunden"},
        {"workshop.activities", "Activities to rephrase", "Umzuformulierende Aktivitäten"},
        {"workshop.first_step", "from step", "ab Schritt"},
        {"workshop.last_step", "to step", "bis Schritt"},
        {"workshop.up", "Move up", "Nach oben"},
        {"workshop.down", "Move down", "Nach unten"},
        {"workshop.delete", "Delete exercise", "Übung löschen"},
        {"workshop.instruction.prepare_meeting",
         "Prepare the meeting with this customer along the steps given: tick the checkpoints you have covered, write "
         "your hook, your questions, two proposals (feature, advantage, benefit) and the objections you expect.",
         "Bereiten Sie das Gespräch mit diesem Kunden in den angegebenen Schritten vor: Haken Sie die erledigten "
         "Prüfpunkte ab, notieren Sie Aufhänger, Fragen, zwei Vorschläge (Merkmal, Vorteil, Nutzen) und die Einwände, "
         "die Sie erwarten."},
        {"workshop.instruction.rephrase_activities",
         "Rephrase each of these activities so the coach accepts it: a date, a named person, a concrete action with an object.",
         "Formulieren Sie jede dieser Aktivitäten so um, dass der Coach sie annimmt: ein Datum, eine benannte Person, "
         "eine konkrete Handlung mit Gegenstand."},
        {"workshop.instruction.classify_customers",
         "Decide A, B or C for each of these customers. Where you differ from the ABC proposal, give your reason.",
         "Entscheiden Sie für jeden dieser Kunden A, B oder C. Wo Sie vom ABC-Vorschlag abweichen, begründen Sie es."},
        {"workshop.instruction.debrief_meeting",
         "Debrief the meeting with this customer: outcome, each step rated, your attitude, the balance of interests and one commitment.",
         "Blicken Sie auf das Gespräch mit diesem Kunden zurück: Ergebnis, jeder Schritt bewertet, Ihre Haltung, die "
         "Balance der Interessen und ein Vorsatz."},
        {"workshop.compare_intro",
         "Add the participants' files (up to 30). They are only read, never changed; broken or foreign files are listed with the reason and left out.",
         "Fügen Sie die Dateien der Teilnehmenden hinzu (bis zu 30). Sie werden nur gelesen, nie verändert; defekte oder "
         "fremde Dateien werden mit Grund aufgeführt und ausgelassen."},
        {"workshop.add_file", "Add a participant's file…", "Datei hinzufügen…"},
        {"workshop.run_compare", "Compare", "Vergleichen"},
        {"workshop.clear_files", "Clear the list", "Liste leeren"},
        {"workshop.comparing", "Comparing: file %d of %d", "Vergleiche: Datei %d von %d"},
        {"workshop.cancel_compare", "Cancel", "Abbrechen"},
        {"workshop.export", "Export…", "Exportieren…"},
        {"workshop.exported", "Comparison exported.", "Vergleich exportiert."},
        {"workshop.export_failed", "The comparison could not be exported:", "Der Vergleich konnte nicht exportiert werden:"},
        {"workshop.files", "%d of at most %d files", "%d von höchstens %d Dateien"},
        {"dialog.title.compare", "Add a participant's file", "Datei von Teilnehmenden hinzufügen"},
        {"dialog.title.compare_export", "Export the comparison", "Vergleich exportieren"},

        // The participant's banner
        {"workshop.banner.heading", "Exercise %d of %d:", "Übung %d von %d:"},
        {"workshop.banner.go", "Go to the screen", "Zum Bildschirm"},
        {"workshop.banner.done", "Done", "Erledigt"},
        {"workshop.banner.undone", "Not done yet", "Doch nicht erledigt"},
        {"workshop.banner.next", "Next exercise", "Nächste Übung"},
        {"workshop.banner.no_instruction", "(no instruction)", "(kein Arbeitsauftrag)"},

        // Collect and compare
        {"compare.title", "Workshop comparison", "Workshop-Vergleich"},
        {"compare.summary", "Participants × exercises", "Teilnehmende × Übungen"},
        {"compare.participant", "Participant", "Teilnehmer/in"},
        {"compare.checkpoints", "Checkpoints ticked", "Prüfpunkte abgehakt"},
        {"compare.concrete", "concrete", "konkret"},
        {"compare.pseudo", "not yet concrete", "noch nicht konkret"},
        {"compare.concrete_of", "%d of %d concrete", "%d von %d konkret"},
        {"compare.deleted", "deleted", "gelöscht"},
        {"compare.hook", "Hook", "Aufhänger"},
        {"compare.questions", "Questions and hypotheses", "Fragen und Hypothesen"},
        {"compare.proposals", "Proposals", "Vorschläge"},
        {"compare.objections", "Objections", "Einwände"},
        {"compare.sentence", "Sentence", "Satz"},
        {"compare.verdict", "Coach", "Coach"},
        {"compare.customer", "Customer", "Kunde"},
        {"compare.proposal", "ABC proposal", "ABC-Vorschlag"},
        {"compare.step", "Step", "Schritt"},
        {"compare.lessons", "Lessons", "Erkenntnisse"},
        {"compare.observer", "observer", "Beobachtung"},
        {"compare.observations", "Observer sheets", "Beobachtungsbögen"},
        {"compare.gap_legend", "Observer rows: ▲ the seller rated the step better than the observer did, ▼ worse.",
         "Zeilen „Beobachtung“: ▲ die Verkäuferin/der Verkäufer bewertet den Schritt besser als die Beobachtung, ▼ schlechter."},
        {"compare.skipped", "Files not compared", "Nicht verglichene Dateien"},
        {"compare.skip.same_file", "the same file is already in the list", "dieselbe Datei ist schon in der Liste"},
        {"compare.skip.too_many", "more than 30 files: this one was left out", "mehr als 30 Dateien: diese blieb außen vor"},
        {"compare.skip.foreign", "not a copy of this workshop file (its exercises differ)",
         "keine Kopie dieser Workshop-Datei (die Übungen weichen ab)"},
        {"compare.cli_none", "No file could be compared.", "Keine Datei konnte verglichen werden."},
        {"compare.cli_written", "%d participants compared: %s", "%d Teilnehmende verglichen: %s"},
        {"compare.cli_written_one", "1 participant compared: %s", "1 teilnehmende Person verglichen: %s"},
        {"compare.flag.pseudo_activity", "pseudo-activity", "Pseudo-Aktivität"},
        {"compare.flag.missing_date", "no date", "kein Datum"},
        {"compare.flag.missing_person", "no person", "keine Person"},
        {"compare.flag.past_date_planned", "date passed", "Datum vorbei"},
        {"compare.flag.no_concrete_action", "no concrete action", "keine konkrete Handlung"},
        {"compare.flag.field_conflict", "date differs", "Datum widerspricht"},
    };
    return table;
}

}  // namespace etappe::i18n
