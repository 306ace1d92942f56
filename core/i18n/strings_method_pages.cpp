// Texts of the Method screen (issue 12, item 2): the method in the app's own
// words, written from METHOD.md §1–§10, English and German.
#include "i18n/string_tables.h"

namespace etappe::i18n {

const std::vector<StringEntry>& methodPageStrings() {
    static const std::vector<StringEntry> table = {
        {"screen.method", "Method", "Methode"},
        {"method.page_of", "Page %d of %d", "Seite %d von %d"},
        {"method.back", "< Back", "< Zurück"},
        {"method.next", "Next >", "Weiter >"},
        {"method.keys", "Left/Right or Page Up/Down turn the pages", "Links/Rechts oder Bild auf/ab blättern"},

        // 1. Selling is the customer's buying process
        {"method_page.buying.title", "Selling is the customer's buying process", "Verkaufen ist der Kaufprozess des Kunden"},
        {"method_page.buying.body",
         "You do not push a product; you walk beside the customer until they decide to buy. Five things carry them "
         "there: finding out what they really need, meeting the motives behind it, trading interests openly, showing "
         "benefits that matter to this customer, and giving a clear nudge to decide. People decide with feeling first "
         "and with reason second, so you steer on two tracks at once: the emotional and the factual.",
         "Sie drücken kein Produkt in den Markt, Sie begleiten den Kunden, bis er sich zum Kauf entscheidet. Fünf Dinge "
         "tragen ihn dorthin: herausfinden, was er wirklich braucht, auf die Motive dahinter eingehen, Interessen offen "
         "austauschen, den Nutzen für genau diesen Kunden zeigen und gezielt den Anstoß zur Entscheidung geben. Menschen "
         "entscheiden erst mit dem Gefühl, dann mit dem Verstand – deshalb steuern Sie zweispurig: emotional und sachlich."},
        {"method.buying.1", "Needs analysis", "Bedarfsanalyse"},
        {"method.buying.2", "The customer's motives", "Motive des Kunden"},
        {"method.buying.3", "Exchange of interests", "Austausch der Interessen"},
        {"method.buying.4", "Benefits for this customer", "Nutzen für diesen Kunden"},
        {"method.buying.5", "Impulse to close", "Impuls zum Abschluss"},
        {"method.track.emotional", "Emotional track: trust, motives, feeling", "Emotionale Spur: Vertrauen, Motive, Gefühl"},
        {"method.track.factual", "Factual track: needs, facts, figures", "Sachliche Spur: Bedarf, Fakten, Zahlen"},
        {"method.buying.decision", "Decision", "Entscheidung"},

        // 2. Customer knowledge
        {"method_page.knowledge.title", "What you know about every customer: seven areas",
         "Was Sie über jeden Kunden wissen: sieben Bereiche"},
        {"method_page.knowledge.body",
         "Good selling rests on knowing the customer. For every customer ask yourself seven questions: do I have a "
         "strategy for them; do I know where we stand in the process; do I know who decides and how; how is my "
         "relationship to the deciders and their supporters; what do they need and why; how do they honestly see me; "
         "and what stands in the way of buying. A gap in any area is the next thing to find out.",
         "Gutes Verkaufen beruht auf Kundenkenntnis. Fragen Sie sich bei jedem Kunden sieben Dinge: Habe ich eine "
         "Strategie für ihn; weiß ich, wo wir im Prozess stehen; weiß ich, wer wie entscheidet; wie ist meine Beziehung "
         "zu den Entscheidern und ihren Unterstützern; was braucht er und warum; wie sieht er mich realistisch; und was "
         "hindert ihn am Kauf? Eine Lücke in einem Bereich ist das Nächste, was Sie herausfinden."},
        {"method.knowledge.centre", "The customer", "Der Kunde"},

        // 3. Attitude
        {"method_page.attitude.title", "Attitude: the four life positions", "Haltung: die vier Lebenseinstellungen"},
        {"method_page.attitude.body",
         "How you see yourself and the other shows, whether you want it to or not: attitudes and moods reach the "
         "customer unconsciously and are contagious. Only \"I'm OK – you're OK\" lets two experts meet: you for the "
         "customer's problem, the customer for their own business. Ask yourself before a visit: why do customers buy, "
         "what do they weigh and fear, what do I and the price change, how does buying feel, why do they come back?",
         "Wie Sie sich und den anderen sehen, zeigt sich – ob Sie wollen oder nicht: Einstellungen und Stimmungen "
         "erreichen den Kunden unbewusst und stecken an. Nur „Ich bin OK – du bist OK“ lässt zwei Experten "
         "zusammenkommen: Sie für die Lösung, der Kunde für seine eigenen Angelegenheiten. Fragen Sie sich vor dem "
         "Besuch: Warum kaufen Kunden, was wägen sie ab, was fürchten sie, was bewirken ich und der Preis, wie fühlt "
         "sich Kaufen an, warum kommen sie wieder?"},
        {"method.hammer.title", "The hammer story (Watzlawick)", "Die Geschichte mit dem Hammer (Watzlawick)"},
        {"method.hammer.body",
         "A man wants to hang a picture and needs a hammer. The neighbour has one – but yesterday he greeted only "
         "briefly. Perhaps he was in a hurry; perhaps he has something against me. If he had asked me for a hammer, I "
         "would have lent it at once. People like him spoil everything! The man storms over, rings, and shouts before "
         "the neighbour can say a word: \"Keep your hammer!\" Whatever you expect of a customer before the meeting, you "
         "carry into it.",
         "Ein Mann will ein Bild aufhängen und braucht einen Hammer. Der Nachbar hat einen – aber gestern hat er nur "
         "flüchtig gegrüßt. Vielleicht war er in Eile, vielleicht hat er etwas gegen mich. Wenn er mich um einen Hammer "
         "bäte, ich gäbe ihn sofort. Leute wie der verderben einem alles! Der Mann stürmt hinüber, klingelt und ruft, "
         "bevor der Nachbar etwas sagen kann: „Behalten Sie Ihren Hammer!“ Was Sie vor dem Gespräch vom Kunden "
         "erwarten, tragen Sie hinein."},
        {"method.position.nok_nok", "Hopeless, resigned, no goals; at times aggressive",
         "Hoffnungslos, resigniert, ziellos; manchmal aggressiv"},
        {"method.position.ok_nok", "Arrogant, superior, blames others, cannot accept praise",
         "Arrogant, überlegen, gibt anderen die Schuld, kann Lob nicht annehmen"},
        {"method.position.nok_ok", "Feels inferior, little self-esteem, turns anger on self",
         "Fühlt sich unterlegen, wenig Selbstwert, richtet Ärger gegen sich"},
        {"method.position.ok_ok", "Positive, realistic, trusts own and others' abilities, cooperative – the goal",
         "Positiv, realistisch, vertraut eigenen und fremden Fähigkeiten, kooperativ – das Ziel"},

        // 4. The 16 steps
        {"method_page.steps.title", "The 16 steps of a meeting, three checkpoints each",
         "Die 16 Schritte eines Gesprächs, je drei Prüfpunkte"},
        {"method_page.steps.body",
         "For A customers a meeting runs in 16 steps, from your own reflection before it to binding the customer long "
         "after it. Each step has three checkpoints: at every step you check where you stand and what is still open. "
         "Like walking through fog to a hut from tree to tree: the plan is the strategy, each move with the customer the "
         "tactic. Click a station to see its checkpoints; the path fits your abilities and the customer's situation.",
         "Für A-Kunden verläuft ein Gespräch in 16 Schritten, von Ihrer Reflexion davor bis zur Bindung lange danach. "
         "Jeder Schritt hat drei Prüfpunkte: Bei jedem Schritt prüfen Sie, wo Sie stehen und was noch offen ist. Wie im "
         "Nebel von Baum zu Baum zur Hütte: Der Plan ist die Strategie, jeder Schritt mit dem Kunden die Taktik. Klicken "
         "Sie eine Station an, um ihre Prüfpunkte zu sehen; der Weg passt sich Ihnen und dem Kunden an."},
        {"method.steps.selected", "Step %d: %s", "Schritt %d: %s"},

        // 5. Balance of interests
        {"method_page.balance.title", "Balance of interests", "Balance der Interessen"},
        {"method_page.balance.body",
         "A deal lasts only when both sides get what they need. If only your interests are met, you win today and lose "
         "the customer tomorrow. If only the customer's are met, the deal does not pay for you. If neither, both lose. "
         "Look for the solution in the top right corner: both win.",
         "Ein Geschäft hält nur, wenn beide Seiten bekommen, was sie brauchen. Werden nur Ihre Interessen erfüllt, "
         "gewinnen Sie heute und verlieren den Kunden morgen. Nur die des Kunden: Das Geschäft rechnet sich für Sie "
         "nicht. Keine von beiden: Beide verlieren. Suchen Sie die Lösung oben rechts: Beide gewinnen."},
        {"method.balance.seller", "Seller's interests met", "Interessen des Verkäufers erfüllt"},
        {"method.balance.customer", "Customer's interests met", "Interessen des Kunden erfüllt"},
        {"method.balance.yes", "yes", "ja"},
        {"method.balance.no", "no", "nein"},
        {"method.balance.win_lose", "Seller wins short-term, loses the customer long-term",
         "Verkäufer gewinnt kurzfristig, verliert den Kunden langfristig"},
        {"method.balance.lose_win", "Customer wins; the seller cannot live on it", "Kunde gewinnt; für den Verkäufer nicht tragfähig"},
        {"method.balance.lose_lose", "Both lose, now and later", "Beide verlieren, kurz- und langfristig"},
        {"method.balance.win_win", "Both win: the only lasting success", "Beide gewinnen: der einzige dauerhafte Erfolg"},

        // 6. Goals
        {"method_page.goals.title", "Sales goals: the strategic questions", "Verkaufsziele: die strategischen Fragen"},
        {"method_page.goals.body",
         "Goals are figures: challenging, but realistic and reachable. Answer the questions on the left and the figures "
         "on the right follow. Then name the dated, concrete activities that will get you there – the Goals screen "
         "does the arithmetic.",
         "Ziele sind Zahlen: herausfordernd, aber realistisch und erreichbar. Beantworten Sie die Fragen links, die "
         "Zahlen rechts ergeben sich. Dann legen Sie die konkreten, datierten Aktivitäten fest, die dorthin führen – die "
         "Rechnung übernimmt der Bildschirm „Ziele“."},
        {"method.goal.q1", "How many customers do I serve now, and how many will I win?",
         "Wie viele Kunden betreue ich heute, wie viele gewinne ich dazu?"},
        {"method.goal.a1", "Customers then, increase in %", "Kunden dann, Zuwachs in %"},
        {"method.goal.q2", "What revenue do I make with existing customers, and how much more?",
         "Welchen Umsatz mache ich mit Bestandskunden, wie viel mehr?"},
        {"method.goal.a2", "Revenue then, increase in %", "Umsatz dann, Zuwachs in %"},
        {"method.goal.q3", "What revenue do I plan with new customers?", "Welchen Umsatz plane ich mit Neukunden?"},
        {"method.goal.a3", "Target revenue, increase over today in %", "Zielumsatz, Zuwachs gegenüber heute in %"},
        {"method.goal.q4", "What is the average revenue per customer, and what gain do I plan?",
         "Wie hoch ist der Umsatz pro Kunde, welchen Zuwachs plane ich?"},
        {"method.goal.a4", "Target per customer, increase in %", "Ziel pro Kunde, Zuwachs in %"},
        {"method.goal.q5", "By when?", "Bis wann?"},
        {"method.goal.a5", "The deadline", "Der Termin"},
        {"method.goal.q6", "With which activities?", "Mit welchen Aktivitäten?"},
        {"method.goal.a6", "Concrete, dated activities", "Konkrete, datierte Aktivitäten"},

        // 7. Activities
        {"method_page.activities.title", "Concrete activities, not pseudo-activities",
         "Konkrete Aktivitäten statt Pseudo-Aktivitäten"},
        {"method_page.activities.body",
         "\"Increase acquisition\" or \"wait for the decision\" sound busy but say nothing: no date, no person, no "
         "action you could check. A real activity has a date, a named person or role, and an action with an object. "
         "Type one below and the coach judges it as you type.",
         "„Akquisition erhöhen“ oder „auf Entscheidung warten“ klingen nach Arbeit, sagen aber nichts: kein Datum, keine "
         "Person, keine prüfbare Handlung. Eine echte Aktivität hat ein Datum, eine genannte Person oder Rolle und eine "
         "Handlung mit Gegenstand. Tippen Sie unten eine ein – der Coach beurteilt sie beim Tippen."},
        {"method.pseudo", "Pseudo-activities", "Pseudo-Aktivitäten"},
        {"method.concrete", "Concrete activities", "Konkrete Aktivitäten"},
        {"method.pseudo.1", "Increase acquisition", "Akquisition erhöhen"},
        {"method.pseudo.2", "Wait for the decision", "Auf Entscheidung warten"},
        {"method.pseudo.3", "Take the order", "Bestellung annehmen"},
        {"method.pseudo.4", "Try to reach the contact", "Ansprechpartner zu erreichen versuchen"},
        {"method.pseudo.5", "Ask for a call back", "Um Rückruf bitten"},
        {"method.concrete.1", "On 15 November present the newest technology to the plant manager",
         "Am 15. November dem Werksleiter die neueste Technik vorstellen"},
        {"method.concrete.2", "On 23 November present the concept to Ms Gerens", "Am 23. November Frau Gerens das Konzept präsentieren"},
        {"method.concrete.3", "On 2 December convince the production manager of our proposal",
         "Am 2. Dezember den Produktionsleiter von unserem Vorschlag überzeugen"},
        {"method.try", "Type an activity:", "Aktivität eintippen:"},
        {"method.try_hint", "e.g. On %s show Ms Novak the new price list", "z. B. Am %s Frau Novak die neue Preisliste zeigen"},

        // 8. ABC
        {"method_page.abc.title", "Priorities: A, B and C customers", "Prioritäten: A-, B- und C-Kunden"},
        {"method_page.abc.body",
         "Not every customer deserves the same effort. Typically about 15 % of customers bring about 65 % of revenue "
         "(A), 20 % bring 20 % (B) and the remaining 65 % bring 15 % (C). The class sets how you make appointments, "
         "how you prepare, how long you talk and how you follow up. Below: your open file, sorted by revenue, with the "
         "cumulative share.",
         "Nicht jeder Kunde verdient denselben Aufwand. Typisch bringen etwa 15 % der Kunden rund 65 % des Umsatzes (A), "
         "20 % bringen 20 % (B) und die übrigen 65 % bringen 15 % (C). Die Klasse bestimmt Terminvereinbarung, "
         "Vorbereitung, Gesprächsdauer und Nachbereitung. Unten: Ihre geöffnete Datei, nach Umsatz sortiert, mit dem "
         "kumulierten Anteil."},
        {"method.abc.empty", "The open file has no customers with revenue yet.", "Die geöffnete Datei hat noch keine Kunden mit Umsatz."},
        {"method.abc.x", "%d customers, largest first", "%d Kunden, größte zuerst"},
        {"method.abc.y", "Revenue and cumulative share", "Umsatz und kumulierter Anteil"},

        // 9. Reduced process
        {"method_page.reduced.title", "The reduced process for B and C customers", "Der reduzierte Prozess für B- und C-Kunden"},
        {"method_page.reduced.body",
         "B and C customers get at least five elements instead of sixteen steps. A B or C customer that may become an A "
         "is treated as an A. And if you have no goal-directed idea for a customer, skip the contact for now rather "
         "than visit without a purpose.",
         "B- und C-Kunden bekommen mindestens fünf Elemente statt sechzehn Schritten. Ein B- oder C-Kunde, der ein A "
         "werden kann, wird wie ein A behandelt. Und wenn Ihnen für einen Kunden keine zielgerichtete Idee einfällt, "
         "lassen Sie den Kontakt vorerst aus, statt ohne Ziel hinzufahren."},
    };
    return table;
}

}  // namespace etappe::i18n
