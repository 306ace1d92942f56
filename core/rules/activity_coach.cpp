// The activity coach (METHOD §8): pseudo-activities, missing date or person,
// past dates still planned, and actions without a verb and an object.
#include "rules/activity_coach.h"

#include <algorithm>

#include "dates/date_input.h"
#include "dates/iso_date.h"
#include "rules/coach_text.h"
#include "rules/word_lists.h"

namespace etappe::rules {

namespace {

using coach::Token;
using coach::Use;

// ---- Filler and verbs -----------------------------------------------------

constexpr std::string_view kFiller[] = {
    // German
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "am", "an", "auf",
    "aus", "bei", "beim", "für", "im", "in", "mit", "nach", "über", "um", "von", "vom", "zu", "zum", "zur", "und",
    "oder", "sich", "mal", "wieder", "noch", "nochmal", "nochmals", "erneut", "kurz", "bitte", "ihm", "ihr", "ihn",
    "ihnen", "sie", "er", "es", "wir", "ich", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres",
    "mein", "meine", "meinen", "meinem", "meiner", "sein", "seine", "seinen", "seinem", "seiner", "ihre", "ihren",
    "ihrem", "ihrer", "dann", "dort", "hier", "auch", "gerne", "gern", "ab", "bis", "dazu", "darüber", "etwas",
    // English
    "the", "a", "an", "to", "with", "at", "on", "of", "for", "and", "or", "about", "again", "briefly", "please", "him",
    "her", "them", "us", "our", "my", "your", "his", "their", "its", "this", "that", "these", "those", "it", "he",
    "she", "we", "i", "me", "then", "there", "also", "by", "from", "some", "once", "more"};

constexpr std::string_view kEnglishVerbs[] = {
    "present",      "show",      "send",    "email",    "mail",      "call",    "phone",      "visit",
    "convince",     "persuade",  "agree",   "sign",     "offer",     "quote",   "deliver",    "explain",
    "clarify",      "discuss",   "invite",  "surprise", "thank",     "book",    "confirm",    "prepare",
    "demonstrate",  "demo",      "install", "train",    "negotiate", "review",  "meet",       "introduce",
    "propose",      "pitch",     "hand",    "give",     "bring",     "ask",     "arrange",    "schedule",
    "organise",     "organize",  "check",   "test",     "measure",   "inspect", "analyse",    "analyze",
    "calculate",    "compare",   "close",   "order",    "set",       "submit",  "update",     "finalise",
    "finalize",     "settle",    "solve",   "fix",      "replace",   "repair",  "commission", "walk",
    "recommend",    "sell",      "write",   "draft",    "revise",    "talk",    "speak",      "answer",
    "congratulate", "celebrate", "host",    "attend",   "share",     "run",     "hold",       "define",
    "decide",       "follow",    "contact", "reach",    "go",        "take",    "win",        "plan",
    "tour",         "welcome",   "collect", "pick",     "lead",      "serve",   "treat",      "launch",
    "provide"};
// -ing forms that are nouns in a plan ("Meeting"), not actions.
constexpr std::string_view kIngNouns[] = {"meeting",  "meetings", "training", "booking",
                                          "offering", "briefing", "setting"};

constexpr std::string_view kGermanVerbs[] = {
    "anrufen",      "besuchen",      "präsentieren", "vorstellen", "zeigen",      "schicken",       "senden",
    "zusenden",     "mailen",        "telefonieren", "überzeugen", "vereinbaren", "unterschreiben", "anbieten",
    "liefern",      "erklären",      "erläutern",    "klären",     "besprechen",  "einladen",       "überraschen",
    "danken",       "bedanken",      "buchen",       "bestätigen", "vorbereiten", "vorführen",      "demonstrieren",
    "installieren", "schulen",       "verhandeln",   "prüfen",     "treffen",     "übergeben",      "überreichen",
    "abstimmen",    "ausarbeiten",   "kalkulieren",  "messen",     "testen",      "planen",         "festlegen",
    "abschließen",  "unterzeichnen", "beantworten",  "vorlegen",   "durchgehen",  "besichtigen",    "gratulieren",
    "ausliefern",   "reparieren",    "einweisen",    "nachfassen", "aufzeigen",   "gewinnen",       "einführen"};

// "14:30", "9:05" and the words around a time carry no action.
bool isClockTime(std::string_view word) {
    if (contains({"uhr", "o'clock", "am", "pm"}, word)) return true;
    return word.find(':') != std::string_view::npos && dates::parseTime(word).has_value();
}

bool isEnglishVerb(std::string_view word) {
    if (contains(kEnglishVerbs, word)) return true;
    if (!word.ends_with("ing") || contains(kIngNouns, word)) return false;
    // "presenting", "preparing" (the final e dropped before -ing).
    const std::string stem(word.substr(0, word.size() - 3));
    return contains(kEnglishVerbs, stem) || contains(kEnglishVerbs, stem + "e");
}

bool looksLikeInfinitive(const Token& token) {
    const std::string& w = token.word;
    return !coach::isCapitalised(token.raw) && w.size() >= 5 && coach::isLetters(w) &&
           (w.ends_with("en") || w.ends_with("ern") || w.ends_with("eln"));
}

// Nothing but date, person and filler follows up to the end of the clause.
bool endsClause(const std::vector<Token>& tokens, std::size_t index) {
    for (std::size_t i = index; i < tokens.size(); ++i) {
        if (i > index && tokens[i].use == Use::Free) return false;
        if (tokens[i].clause_end) return true;
    }
    return true;
}

void markFiller(std::vector<Token>& tokens) {
    for (Token& token : tokens)
        if (token.use == Use::Free && (contains(kFiller, token.word) || isClockTime(token.word)))
            token.use = Use::Filler;
}

bool isActionWord(const std::vector<Token>& tokens, std::size_t index) {
    const Token& token = tokens[index];
    if (token.use != Use::Free) return false;
    if (isEnglishVerb(token.word) || contains(kGermanVerbs, token.word)) return true;
    if (!looksLikeInfinitive(token)) return false;
    const bool after_zu = index > 0 && tokens[index - 1].word == "zu";
    const bool before_und = index + 1 < tokens.size() && contains({"und", "oder"}, tokens[index + 1].word);
    return after_zu || before_und || endsClause(tokens, index);
}

// ---- Pseudo-activities ----------------------------------------------------

// A pseudo-activity: slots separated by spaces, each slot a word or
// alternatives ("warten|abwarten"), '*' marking a prefix. Consecutive slots
// may be up to `gap` words apart. `alone` phrases are vague only when nothing
// else is said ("nachfassen" alone, not "zum Angebot vom 12.11. nachfassen").
struct PseudoPhrase {
    const char* slots;
    int gap;
    bool alone;
};

constexpr PseudoPhrase kPseudoPhrases[] = {
    // Akquisition erhöhen / mehr Umsatz machen
    {"akquis* erhöh*|steiger*|ausbau*|ausweit*|intensivier*|ankurbel*|verstärk*|verbesser*", 2, false},
    {"mehr akquis*|neukund*|umsatz|absatz|verkaufen|aufträge", 1, false},
    {"umsatz*|absatz|verkäufe|geschäft erhöh*|steiger*|machen|ankurbel*|ausbau*|ausweit*|pushen|vergrößer*", 2, false},
    // auf (die) Entscheidung warten, abwarten ("die Anlage warten" is servicing, so "warten" needs company)
    {"auf warten|abwarten|hoffen", 4, false},
    {"warten|abwarten auf|bis|ob|dass", 0, false},
    {"abwarten", 0, false},
    {"warten", 0, true},
    {"kaltakquis*|neukundenakquis* erhöh*|steiger*|ausbau*|ausweit*|intensivier*|ankurbel*|verstärk*|machen", 2, false},
    {"neue kunden gewinnen|akquirieren|finden", 0, false},
    {"neukunden gewinnen|akquirieren|finden", 1, false},
    // Bestellung annehmen, Auftrag holen
    {"bestellung*|auftrag|aufträge annehmen|entgegennehmen|abholen|mitnehmen|einholen|holen|einsammeln", 3, false},
    // Ansprechpartner zu erreichen versuchen, probieren anzurufen
    {"versuchen|versuche|versucht|probieren|probiere erreich*|anzurufen|anrufen|kontaktieren|sprechen|telefonieren", 4,
     false},
    {"erreich*|anzurufen|kontaktieren|sprechen versuchen|probieren", 2, false},
    {"erreichen|kontaktieren", 0, true},
    // um Rückruf bitten, Rückruf abwarten
    {"um rückruf*", 0, false},
    {"rückruf* bitten|erbitten|abwarten|warten|hoffen", 3, false},
    {"rückrufbitte", 0, false},
    // nachfassen, sich melden, in Kontakt bleiben, Kontakt pflegen, beobachten
    {"nachfassen|nachhaken|nachtelefonieren|nachfragen", 0, true},
    {"melden|melde|meldet", 0, true},
    {"sich|mal melden|melde|meldet", 4, false},
    {"kontakt|verbindung bleiben|halten|aufrechterhalten", 2, false},
    {"kontakt*|beziehung*|kundenbeziehung*|kundenkontakt* pflegen|intensivieren|ausbauen|vertiefen|stärken", 3, false},
    {"kundenpflege|kontaktpflege|beziehungspflege|dranbleiben|kümmern", 0, false},
    {"am ball bleiben", 0, false},
    {"beobachten|weiterverfolgen", 0, false},
    {"im auge behalten", 0, false},
    {"weiter verfolgen", 1, false},
    // increase acquisition, increase / push sales
    {"increase|boost|improve|intensify|step|ramp|do acquisition*|prospecting", 2, false},
    {"more acquisition*|prospecting|sales|revenue|business|orders", 1, false},
    {"increase|boost|push|grow|drive|raise|improve|maximise|maximize sales|revenue|turnover|business|volume", 2, false},
    {"sell more", 0, false},
    // wait for the decision, wait and see
    {"wait|waits|waiting|await|awaiting", 0, false},
    {"win|gain|acquire|get|find new customers|clients|accounts", 1, false},
    // take the order
    {"take|get|receive|accept|collect|win|bag|land order|orders", 2, false},
    // try to reach, try to get hold of
    {"try|tries|trying|attempt|attempting reach|call|contact|get|phone|ring|calling|reaching|contacting|phoning|speak|"
     "talk",
     3, false},
    // ask for a call back
    {"ask|asking|request|requesting call|callback|call-back", 3, false},
    // follow up (alone), keep in touch, touch base, check in, reach out
    {"follow up", 0, true},
    {"follow-up|followup|chase|reach|contact", 0, true},
    {"chase up", 0, true},
    {"reach out", 0, true},
    {"keep|stay|remain in touch|contact", 0, false},
    {"get in touch", 0, false},
    {"touch base", 0, false},
    {"check in", 0, false},
    {"check-in", 0, false},
    // maintain the relationship, monitor, keep an eye on
    {"maintain|nurture|build|strengthen|improve|cultivate|foster|deepen|manage relationship*|relations|rapport|contact",
     3, false},
    {"monitor|monitoring|observe", 0, false},
    {"keep an eye", 0, false},
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

// Matches slots[k…] from token `from` on, each at most `gap` words after the one before.
// Commas do not stop a match: "Versuchen, Herrn Kaya zu erreichen".
bool matchSlots(const std::vector<Token>& tokens, const std::vector<std::string_view>& slots, std::size_t k,
                std::size_t from, int gap, std::vector<std::size_t>& hits) {
    if (k == slots.size()) return true;
    for (std::size_t j = from; j < tokens.size() && j <= from + static_cast<std::size_t>(gap); ++j) {
        if (coach::wordMatches(tokens[j].word, slots[k])) {
            hits.push_back(j);
            if (matchSlots(tokens, slots, k + 1, j + 1, gap, hits)) return true;
            hits.pop_back();
        }
    }
    return false;
}

// Nothing meaningful outside the phrase: no free word before its first or after its last token.
bool saysNothingElse(const std::vector<Token>& tokens, const std::vector<std::size_t>& hits) {
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].use == Use::Free && (i < hits.front() || i > hits.back())) return false;
    return true;
}

std::optional<std::string> pseudoPhrase(const std::vector<Token>& tokens) {
    for (const PseudoPhrase& phrase : kPseudoPhrases) {
        const auto slots = slotsOf(phrase.slots);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            if (!coach::wordMatches(tokens[i].word, slots[0])) continue;
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

// An action needs at least two meaningful words, one of them a verb.
bool hasConcreteAction(const std::vector<Token>& tokens) {
    int words = 0;
    bool verb = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].use != Use::Free) continue;
        ++words;
        verb = verb || isActionWord(tokens, i);
    }
    return words >= 2 && verb;
}

// What the form already says; the text has to supply the rest.
struct FormFields {
    std::string date;  // ISO or empty
    bool person = false;
    bool planned = false;  // PastDatePlanned applies only to planned activities
};

CoachVerdict judge(std::string_view text, const FormFields& form, std::string_view today) {
    CoachVerdict verdict;
    std::vector<Token> tokens = coach::tokenize(text);
    verdict.date_in_text = coach::takeDate(tokens, today);
    markFiller(tokens);
    verdict.person_in_text = coach::takePerson(tokens);
    const auto pseudo = pseudoPhrase(tokens);
    if (pseudo) verdict.findings.push_back({CoachFlag::PseudoActivity, *pseudo});
    const std::string date = !form.date.empty() ? form.date : verdict.date_in_text.value_or("");
    if (date.empty()) verdict.findings.push_back({CoachFlag::MissingDate, ""});
    if (!form.person && !verdict.person_in_text) verdict.findings.push_back({CoachFlag::MissingPerson, ""});
    if (form.planned && !date.empty() && dates::isIsoDate(today) && date < today)
        verdict.findings.push_back({CoachFlag::PastDatePlanned, date});
    if (!pseudo && !hasConcreteAction(tokens)) verdict.findings.push_back({CoachFlag::NoConcreteAction, ""});
    return verdict;
}

// The form's contact counts when it belongs to the activity's customer; without
// a portfolio to check against, a set contact is taken on trust.
bool formNamesPerson(const model::Activity& activity, const model::Portfolio* portfolio) {
    if (activity.contact_id == model::kNoId) return false;
    if (portfolio == nullptr) return true;
    const model::Customer* customer = portfolio->findCustomer(activity.customer_id);
    return customer != nullptr && customer->findContact(activity.contact_id) != nullptr;
}

}  // namespace

std::string_view coachFlagKey(CoachFlag flag) {
    switch (flag) {
        case CoachFlag::PseudoActivity:
            return "pseudo_activity";
        case CoachFlag::MissingDate:
            return "missing_date";
        case CoachFlag::MissingPerson:
            return "missing_person";
        case CoachFlag::PastDatePlanned:
            return "past_date_planned";
        case CoachFlag::NoConcreteAction:
            return "no_concrete_action";
    }
    return "pseudo_activity";
}

bool CoachVerdict::has(CoachFlag flag) const {
    return std::any_of(findings.begin(), findings.end(), [flag](const CoachFinding& f) { return f.flag == flag; });
}

CoachVerdict reviewActivity(const model::Activity& activity, const model::Portfolio* portfolio,
                            std::string_view today) {
    FormFields form;
    if (dates::isIsoDate(activity.date)) form.date = activity.date;
    form.person = formNamesPerson(activity, portfolio);
    form.planned = activity.status == model::ActivityStatus::Planned;
    return judge(activity.action, form, today);
}

CoachVerdict reviewText(std::string_view text, std::string_view today) {
    // A sentence alone has no status: whether it is still planned or already
    // done is unknown, so a past date is not flagged here.
    return judge(text, FormFields{}, today);
}

}  // namespace etappe::rules
