// The pseudo-activities of METHOD §8 as a table of phrases, and their matching.
#include "rules/coach_phrases.h"

#include <algorithm>
#include <string_view>

namespace etappe::rules::coach {

namespace {

// A pseudo-activity: slots separated by spaces, each slot a word or
// alternatives ("warten|abwarten"), '*' marking a prefix. Consecutive slots
// may be up to `gap` free words apart; persons, dates, times and filler in
// between do not count ("den Kontakt mit Frau Ortmann pflegen"). `alone`
// phrases are vague only when nothing else is said ("nachfassen" alone, not "zum Angebot vom 12.11. nachfassen").
struct PseudoPhrase {
    const char* slots;
    int gap;
    bool alone;
};

constexpr PseudoPhrase kPseudoPhrases[] = {
    // Akquisition erhöhen / mehr Umsatz machen
    {"akquis* erhöh*|steiger*|ausbau*|ausweit*|intensivier*|ankurbel*|verstärk*|verbesser*", 2, false},
    {"mehr akquis*|neukund*|umsatz|absatz|verkaufen|aufträge|termine|besuche|anrufe|kontakte|gespräche", 1, false},
    {"umsatz*|umsätze|absatz|absätze|verkäufe|geschäft|geschäfte "
     "erhöh*|steiger*|machen|ankurbel*|ausbau*|ausweit*|pushen|vergrößer*|verdoppel*",
     2, false},
    // a share written as the goal: "Umsatz bei Kessler um 10 % steigern", "Absatz um 5 Prozent erhöhen"
    {"%|prozent|percent steiger*|erhöh*|ausbau*|ausweit*|vergrößer*", 1, false},
    // auf (die) Entscheidung warten, abwarten ("die Anlage warten" is servicing, so "warten" needs company)
    {"auf warten|abwarten|hoffen", 4, false},
    {"warten|abwarten auf|bis|ob|dass", 0, false},
    {"abwarten", 0, false},
    {"warten", 0, true},
    {"hoffen|hoffentlich|hope|hopes|hoping|hopefully", 0, false},
    {"kaltakquis*|neukundenakquis* erhöh*|steiger*|ausbau*|ausweit*|intensivier*|ankurbel*|verstärk*|machen", 2, false},
    {"neue kunden gewinnen|akquirieren|finden", 0, false},
    {"neukunden gewinnen|akquirieren|finden", 1, false},
    {"akquirieren|akquise|kaltakquise|neukundenakquise", 0, false},
    // Bestellung annehmen, Auftrag holen
    {"bestellung*|auftrag|aufträge annehmen|entgegennehmen|abholen|mitnehmen|einholen|holen|einsammeln", 3, false},
    // Ansprechpartner zu erreichen versuchen, probieren anzurufen
    {"versuchen|versuche|versucht|probieren|probiere erreich*|anzurufen|anrufen|kontaktieren|sprechen|telefonieren", 4,
     false},
    {"erreich*|anzurufen|kontaktieren|sprechen versuchen|probieren", 2, false},
    {"erreichen|kontaktieren", 0, true},
    // um Rückruf bitten, Rückruf abwarten
    {"um rückruf*", 0, false},
    // "Herrn Tiedemann bitten, mich zurückzurufen", "… sich zu melden": the same request in a clause
    {"bitten zurückzurufen|zurückrufen|zurückzumelden|zurückmelden|melden", 4, false},
    // "ans Telefon bekommen", "an den Apparat kriegen": reaching, not talking about something
    {"telefon|apparat bekommen|kriegen|erwischen|holen", 1, false},
    {"rückruf* bitten|erbitten|abwarten|warten|hoffen", 3, false},
    {"rückrufbitte", 0, false},
    // asking for a reply is asking for a call back in writing: "per Mail um eine kurze Rückmeldung bitten"
    {"um rückmeldung*|antwort bitten|erbitten", 2, false},
    // nachfassen, sich melden, in Kontakt bleiben, Kontakt pflegen, beobachten
    {"nachfassen|nachhaken|nachtelefonieren|nachfragen", 0, true},
    {"melden|melde|meldet", 0, true},
    {"sich|mal melden|melde|meldet", 4, false},
    {"kontakt|verbindung|draht bleiben|halten|aufrechterhalten", 2, false},
    // "den Draht zu Herrn X nicht abreißen lassen", "im Gespräch bleiben", "bei Laune halten": contact kept as a state
    {"kontakt|verbindung|draht|faden abreißen", 3, false},
    {"gespräch|dialog|austausch bleiben", 1, false},
    {"laune|stange halten", 1, false},
    // time given to think is waiting: "Frau X Zeit zum Nachdenken geben", "give Mr X time to think it over"
    {"zeit|bedenkzeit geben|lassen|einräumen|gönnen", 3, false},
    {"kontakt*|beziehung*|kundenbeziehung*|kundenkontakt* pflegen|intensivieren|ausbauen|vertiefen|stärken", 3, false},
    {"kundenpflege|kontaktpflege|beziehungspflege|dranbleiben|kümmern", 0, false},
    {"am ball bleiben", 0, false},
    // being noticed is no action: "sich in Erinnerung rufen", "an uns erinnern", "auf dem Laufenden halten"
    // ("Herrn Roth an den Termin erinnern" has an object and stays concrete)
    {"erinnerung|gedächtnis rufen|bringen|halten|bleiben", 1, false},
    {"an uns|mich|sich erinnern", 1, false},
    {"präsent|präsenz|sichtbar bleiben|sein|zeigen", 1, false},
    {"laufenden halten|bleiben", 1, false},
    // a contact or relationship being built is a state, not a step ("Kontakt zum Einkäufer aufbauen")
    {"kontakt|kontakte|beziehung|beziehungen|geschäftsbeziehung* aufbauen|herstellen|aufnehmen|suchen|knüpfen", 3,
     false},
    // wait and see, asked for news: nothing in hand ("nachfragen, ob es Neuigkeiten gibt")
    {"weitersehen|weiterschauen", 0, false},
    {"mal schauen|sehen", 0, false},
    // "schauen, ob sich Herr Lorenz entschieden hat", "see whether Mr Lawson has made up his mind": watching
    // the customer's step is waiting for it
    {"schauen|nachschauen|gucken|sehen ob", 0, false},
    {"see whether|if", 0, false},
    // calls "in regelmäßigen Abständen", "at regular intervals": a rhythm of contact, not a step
    {"regelmäßigen|gewissen|festen abständen", 0, false},
    {"regular|periodic|fixed intervals", 0, false},
    {"nachfragen|nachhaken|nachfassen|fragen|erkundigen neuigkeiten|neues|stand|sachstand|status", 5, false},
    {"neuigkeiten|sachstand|stand|status fragen|erkundigen|nachfragen", 2, false},
    {"austauschen|hinterhertelefonieren|anklopfen|nachbohren", 0, true},
    // waiting in other words: "Füße stillhalten", "die Sache aussitzen"; being reachable is no step either
    {"stillhalten|aussitzen|ausharren", 0, false},
    {"erreichbar|ansprechbar|verfügung sein|bleiben|stehen", 1, false},
    // a message on the machine is an attempt to reach ("auf die Mailbox sprechen")
    {"mailbox|anrufbeantworter sprechen|hinterlassen", 2, true},
    {"beobachten|weiterverfolgen", 0, false},
    {"im auge behalten", 0, false},
    {"weiter verfolgen", 1, false},
    // increase acquisition, increase / push sales
    {"increase|boost|improve|intensify|step|ramp|do acquisition*|prospecting", 2, false},
    {"more acquisition*|prospecting|sales|revenue|business|orders|meetings|calls|visits|appointments|leads|deals|"
     "customers|clients|accounts", 1, false},
    {"increase|boost|push|grow|drive|raise|improve|maximise|maximize sales|revenue|turnover|business|volume|share", 2,
     false},
    // a share written as the goal: "raise the share of new customers to 20 %"
    {"increase|boost|grow|raise|lift|improve|double %|percent", 6, false},
    {"sell more", 0, false},
    // wait for the decision, wait and see
    {"wait|waits|waiting|await|awaiting", 0, false},
    {"sit|sitting tight", 0, false},
    {"hang|hanging|hold|holding back|off|fire|tight", 0, false},
    {"let|letting dust|things|it settle|sink|breathe", 2, false},
    {"be|stay|remain|being available|reachable|responsive|around", 0, false},
    {"win|gain|acquire|get|find new customers|clients|accounts", 1, false},
    {"prospect|prospecting|canvass|canvassing accounts|customers|clients|leads|prospects|business|area|region", 3,
     false},
    // take the order
    {"take|get|receive|accept|collect|win|bag|land order|orders", 0, false},
    {"close|clinch|seal deal|sale", 0, false},
    // try to reach, try to get hold of
    {"try|tries|trying|attempt|attempting reach|call|contact|get|phone|ring|calling|reaching|contacting|phoning|speak|"
     "talk",
     3, false},
    // ask for a call back
    {"ask|asking|request|requesting call|callback|call-back|reply|response|answer", 3, false},
    // follow up (alone), keep in touch, touch base, check in, reach out
    {"follow up", 0, true},
    {"follow-up|followup|chase|reach|contact", 0, true},
    {"chase up", 0, true},
    {"reach out", 0, true},
    {"get back", 0, true},
    {"keep|stay|remain in touch|contact", 0, false},
    {"get in touch", 0, false},
    {"touch base", 0, false},
    {"check in", 0, false},
    {"check-in", 0, false},
    // the same without a "what": circle back, ping, catch up, sync, check back, reconnect
    {"circle|loop|check back", 0, true},
    {"ping|nudge|reconnect|sync", 0, true},
    {"catch|sync up", 0, true},
    {"leave|leaving voicemail|voice-mail|message", 2, true},
    // kept informed or remembered is a state: in the loop, posted, on the radar, top of mind, warm
    {"keep|keeping|stay|staying|remain in loop", 2, false},
    {"keep|keeping posted|updated|informed|warm|happy|sweet|satisfied|content", 3, false},
    {"stay|staying|remain|keep on radar", 3, false},
    {"top of mind", 0, false},
    // an effort kept up has no end: "keep chasing the CFO", "weiter nachhaken"
    {"keep|keeping chasing|pushing|trying|calling|following|pinging|nudging|reminding|asking|bugging|prodding", 0,
     false},
    // "immer wieder mal erinnern", "again and again": a repetition without a day is no step
    {"immer wieder", 0, false},
    {"again and again", 0, false},
    {"over and over", 0, false},
    // a relationship lifted "auf ein neues Niveau", "to the next level" is an aim, not a step
    {"neu*|nächst*|höher*|ander* niveau|level|stufe heben|bringen|hieven|führen", 1, false},
    {"to next|new|higher|another level", 0, false},  // "to the next level", not "the new level sensor"
    {"weiter|weiterhin nachhaken|nachfassen|dranbleiben|anrufen|versuchen", 0, false},
    {"ask|asking|check|checking for|about|on news|status|update|updates|progress|situation|things|developments", 3,
     false},
    // closeness is a state: "stay close to the VP", "keep the CFO engaged", "keep the conversation going"
    {"stay|staying|keep|keeping|remain close|connected|engaged|involved|visible", 2, false},
    {"keep|keeping conversation|dialogue|dialog|ball|momentum|things going|rolling|alive", 1, false},
    {"keep|keeping tabs", 0, false},
    {"nurture|nurturing|cultivate|cultivating", 0, false},
    {"give|giving|allow|allowing|leave|leaving time|space think|consider|decide|reflect|digest|mull", 3, false},
    {"warm|warming up", 2, false},
    {"see what|how|whether|if happens|goes|reacts|develops", 3, false},
    // maintain the relationship, monitor, keep an eye on
    {"maintain|nurture|build|strengthen|improve|cultivate|foster|deepen|manage|keep|work|invest|develop|grow "
     "relationship*|relations|rapport|"
     "contact",
     3, false},
    {"monitor|monitoring|observe", 0, false},
    {"keep an eye", 0, false},
    {"stay|keep on top", 0, false},
    {"keep track", 0, false},
};

std::vector<std::string_view> slotsOf(std::string_view pattern) {
    std::vector<std::string_view> slots;
    std::size_t pos = 0;
    while (pos < pattern.size()) {
        const std::size_t space = std::min(pattern.find(' ', pos), pattern.size());
        slots.push_back(pattern.substr(pos, space - pos));
        pos = space + 1;
    }
    return slots;
}

// A phrase's words are words of the sentence, not a person's name or a date.
bool canMatch(const Token& token, std::string_view slot) {
    return (token.use == Use::Free || token.use == Use::Filler) && wordMatches(token.word, slot);
}

// Matches slots[k…] from token `from` on, each at most `gap` free words after
// the one before. Fixed expressions (gap 0) allow only filler in between: "take
// the order", but not "check with the buyer in …" nor "get Mr Vogt's signature
// on the order". Commas do not stop a match: "Versuchen, Herrn Kaya zu erreichen".
bool matchSlots(const std::vector<Token>& tokens, const std::vector<std::string_view>& slots, std::size_t k,
                std::size_t from, int gap, std::vector<std::size_t>& hits) {
    if (k == slots.size()) return true;
    int skipped = 0;
    for (std::size_t j = from; j < tokens.size() && skipped <= gap; ++j) {
        if (canMatch(tokens[j], slots[k])) {
            hits.push_back(j);
            if (matchSlots(tokens, slots, k + 1, j + 1, gap, hits)) return true;
            hits.pop_back();
        }
        if (tokens[j].use == Use::Free || (gap == 0 && tokens[j].use != Use::Filler)) ++skipped;
    }
    return false;
}

// Nothing meaningful outside the phrase: no free word before its first or after its last token.
bool saysNothingElse(const std::vector<Token>& tokens, const std::vector<std::size_t>& hits) {
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].use == Use::Free && (i < hits.front() || i > hits.back())) return false;
    return true;
}

}  // namespace

std::optional<std::string> pseudoPhrase(const std::vector<Token>& tokens) {
    for (const PseudoPhrase& phrase : kPseudoPhrases) {
        const auto slots = slotsOf(phrase.slots);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (!canMatch(tokens[i], slots[0])) continue;
            std::vector<std::size_t> hits = {i};
            if (!matchSlots(tokens, slots, 1, i + 1, phrase.gap, hits)) continue;
            if (phrase.alone && !saysNothingElse(tokens, hits)) continue;
            std::string matched;
            for (std::size_t j = hits.front(); j <= hits.back(); ++j) matched += (j == i ? "" : " ") + tokens[j].raw;
            while (matched.ends_with('.')) matched.pop_back();
            return matched;
        }
    }
    return std::nullopt;
}

}  // namespace etappe::rules::coach
