// The activity coach (METHOD §8): pseudo-activities, missing date or person,
// past dates still planned, and actions without a verb and an object.
#include "rules/activity_coach.h"

#include <algorithm>

#include "dates/date_input.h"
#include "dates/iso_date.h"
#include "rules/coach_actions.h"
#include "rules/coach_phrases.h"
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
    // abbreviations in notes: "wg." (wegen), "bzgl.", "betr.", "ggf.", "evtl.", "w/" (with), "re:" (about)
    "wg", "bzgl", "betr", "ggf", "evtl", "w/", "re",
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
    "provide",      "brief",     "demo",    "remind",   "inform",    "notify",
    // further verbs with an object that reps use ("forward the datasheet", "outline the options")
    "forward",      "outline",   "align",   "coordinate", "ship",    "return",    "verify",     "specify",
    "summarise",    "summarize", "request", "obtain",   "conduct",   "perform",  "configure",  "calibrate",
    "audit",        "assess",    "evaluate", "estimate", "illustrate", "highlight", "catch",
    "amend",        "adjust",    "extend",  "renew",    "cancel",    "correct",  "resolve",    "escalate",
    "advise",       "consult",   "coach",   "onboard",  "reserve",   "postpone", "move",       "upload",
    "print",        "compile",   "document", "report",  "invoice",   "price",    "map",        "sketch",
    "pass",         "text",      "message", "debrief",  "complete",  "finish",   "start",      "kick",
    "chase",        "ping",      "nudge",    "put"};  // with an object ("chase Ms Marsh for the PO"); bare, they are pseudo
// Verbs that carry no action of their own: "einen Besuch abstatten", "essen gehen", "vorbeischauen".
constexpr std::string_view kLightVerbs[] = {"gehen", "abstatten", "vorbeischauen", "vorbeikommen", "vorbeigehen",
                                            "reinschauen"};
// "give Mr Hill a ring", "shoot Ms Ford a quick email", "pay Mr Ito a visit": a contact without a "what" when
// nothing follows; the verb and its adjectives are then no words of the action, the contact noun remains.
constexpr std::string_view kContactIdiomVerbs[] = {"give", "shoot", "send", "pay", "drop"};
constexpr std::string_view kContactIdiomNouns[] = {"ring", "buzz", "shout", "call", "email", "e-mail",
                                                   "mail", "line", "note", "visit", "message"};
constexpr std::string_view kSmallWords[] = {"quick", "short",  "brief",  "little", "small",  "friendly",
                                            "kurze", "kurzen", "kleine", "schnelle", "freundliche"};
// The German order of the same: "Herrn Aksoy eine kurze Mail schreiben", the noun before the verb.
constexpr std::string_view kGermanContactNouns[] = {"mail", "e-mail", "email", "nachricht", "zeile", "zeilen", "sms"};
constexpr std::string_view kGermanContactIdiomVerbs[] = {"schreiben", "schicken", "senden", "mailen"};
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
    "ausliefern",   "reparieren",    "einweisen",    "nachfassen", "aufzeigen",   "gewinnen",       "einführen",
    "mailen",       "faxen"};

// Words that say "some time" rather than a day, and parts of a day: no action
// and no date ("gelegentlich bei Frau Maier melden", "Tuesday morning").
constexpr std::string_view kVagueTimes[] = {"gelegentlich", "regelmäßig",   "zwischendurch", "irgendwann", "demnächst",
                                            "bald",         "zeitnah",      "baldmöglichst", "asap",       "soon",
                                            "sometime",     "occasionally", "regularly",     "eventually", "später",
                                            "later",        "vormittags",   "nachmittags",   "morgens",    "abends",
                                            "mittags",      "vormittag",    "nachmittag",    "abend",      "mittag",
                                            "früh",         "morning",      "afternoon",     "evening",    "noon",
                                            "eod",          "cob",          "eow",           "tbd"};
// "nach der Messe", "after the trade fair": an event as a vague time.
constexpr std::string_view kEvents[] = {"messe",       "urlaub",      "ferien",    "feiertagen", "sommerpause",
                                        "winterpause", "weihnachten", "ostern",    "fair",       "trade",
                                        "holidays",    "holiday",     "vacation",  "summer",     "break",
                                        "show",        "exhibition",  "christmas", "easter"};
constexpr std::string_view kEventOpeners[] = {"nach", "vor", "after", "before", "until", "bis"};

// Calling on, phoning or meeting a named person at a set time is an appointment:
// the person is the object of the action ("Am 4.12. um 14:00 Herrn Zettler anrufen").
constexpr std::string_view kContactVerbs[] = {"anrufen", "telefonieren", "besuchen", "treffen", "call",
                                              "phone",   "ring",         "visit",    "meet"};

// "14:30", "9:05" and the words around a time carry no action.
bool isClockTime(std::string_view word) {
    if (contains({"uhr", "o'clock", "am", "pm"}, word)) return true;
    return word.find(':') != std::string_view::npos && dates::parseTime(word).has_value();
}

bool isEnglishVerb(std::string_view word) {
    if (contains(kEnglishVerbs, word)) return true;
    // "resend", "re-send", "reschedule", "reconfirm": a known verb done again.
    for (const std::string_view again : {"re-", "re"})
        if (word.size() > again.size() + 2 && word.starts_with(again) && contains(kEnglishVerbs, word.substr(again.size())))
            return true;
    if (!word.ends_with("ing") || contains(kIngNouns, word)) return false;
    // "presenting", "preparing" (the final e dropped before -ing).
    const std::string stem(word.substr(0, word.size() - 3));
    return contains(kEnglishVerbs, stem) || contains(kEnglishVerbs, stem + "e");
}

// "signed", "countersigned", "released": a past participle, after "get"/"have" the thing done on the rep's
// request. States of a person ("get the CFO involved") are not.
bool isEnglishParticiple(std::string_view word) {
    return word.size() >= 5 && word.ends_with("ed") && coach::isLetters(word) &&
           !contains({"involved", "engaged", "interested", "excited", "informed", "updated", "connected"}, word);
}

// "handed", "shared", "shipped", "sent": the participle of a known English verb.
bool isParticipleOfVerb(std::string_view word) {
    if (contains({"sent", "shown", "given", "brought", "taken", "sold", "written", "held", "told", "paid", "met"}, word))
        return true;
    if (word.size() < 5 || !word.ends_with("ed")) return false;
    const std::string_view stem = word.substr(0, word.size() - 2);
    const bool doubled = stem.size() >= 2 && stem[stem.size() - 1] == stem[stem.size() - 2];
    return contains(kEnglishVerbs, stem) || contains(kEnglishVerbs, word.substr(0, word.size() - 1)) ||
           (doubled && contains(kEnglishVerbs, stem.substr(0, stem.size() - 1)));
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

// "nach der Messe", "after the trade fair", "at some point": filler, from the opener to the event.
void markVagueTimes(std::vector<Token>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const bool some_point = i + 2 < tokens.size() && tokens[i].word == "at" && tokens[i + 1].word == "some" &&
                                contains({"point", "stage", "time"}, tokens[i + 2].word);
        if (some_point) {
            for (std::size_t j = i; j <= i + 2; ++j) tokens[j].use = Use::Filler;
            continue;
        }
        if (!contains(kEventOpeners, tokens[i].word)) continue;
        std::size_t j = i + 1;
        while (j < tokens.size() && contains({"der", "dem", "den", "the", "our", "unserer", "unserem"}, tokens[j].word))
            ++j;
        std::size_t last = j;
        while (last < tokens.size() && tokens[last].use == Use::Free && contains(kEvents, tokens[last].word)) ++last;
        if (last == j) continue;
        for (std::size_t k = i; k < last; ++k)
            if (tokens[k].use == Use::Free) tokens[k].use = Use::Filler;
    }
}

// "IT", "US": a function word typed in capitals is an abbreviation ("the IT lead").
bool isAbbreviation(const Token& token) {
    return token.raw.size() >= 2 &&
           std::all_of(token.raw.begin(), token.raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The next token from `from` on that is free and no small word, or tokens.size().
std::size_t nextMeaningful(const std::vector<Token>& tokens, std::size_t from) {
    while (from < tokens.size() && (tokens[from].use != Use::Free || contains(kSmallWords, tokens[from].word))) ++from;
    return from;
}

// Only filler, dates, persons and small words between the start of the clause and `index`.
bool clauseOpensWith(const std::vector<Token>& tokens, std::size_t index) {
    for (std::size_t i = index; i > 0 && !tokens[i - 1].clause_end; --i)
        if (tokens[i - 1].use == Use::Free && !contains(kSmallWords, tokens[i - 1].word)) return false;
    return true;
}

void markGermanContactIdioms(std::vector<Token>& tokens) {
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].use != Use::Free || tokens[i].clause_end || !contains(kGermanContactNouns, tokens[i].word))
            continue;
        const std::size_t verb = nextMeaningful(tokens, i + 1);
        if (verb >= tokens.size() || !contains(kGermanContactIdiomVerbs, tokens[verb].word) ||
            !endsClause(tokens, verb) || !clauseOpensWith(tokens, i))
            continue;
        for (std::size_t k = i + 1; k <= verb; ++k)
            if (tokens[k].use == Use::Free) tokens[k].use = Use::Filler;
        for (std::size_t k = i; k > 0 && contains(kSmallWords, tokens[k - 1].word); --k) tokens[k - 1].use = Use::Filler;
    }
}

void markContactIdioms(std::vector<Token>& tokens) {
    markGermanContactIdioms(tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].use != Use::Free || !contains(kContactIdiomVerbs, tokens[i].word)) continue;
        std::size_t j = i + 1;
        while (j < tokens.size() && !tokens[j - 1].clause_end &&
               (tokens[j].use != Use::Free || contains(kSmallWords, tokens[j].word)))
            ++j;
        if (j >= tokens.size() || j == i + 1 || tokens[j - 1].clause_end ||
            !contains(kContactIdiomNouns, tokens[j].word))
            continue;
        if (!endsClause(tokens, j)) continue;
        for (std::size_t k = i; k < j; ++k)
            if (tokens[k].use == Use::Free) tokens[k].use = Use::Filler;
    }
}

// "the new head of procurement", "die neue Einkäuferin": an attribute of the person, no word of the action.
constexpr std::string_view kPersonAttributes[] = {"new",        "neue",        "neuen",       "neuer",   "neuem",
                                                  "zuständige", "zuständigen", "zuständiger", "current", "responsible"};

void markPersonAttributes(std::vector<Token>& tokens) {
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i)
        if (tokens[i].use == Use::Free && tokens[i + 1].use == Use::Person && contains(kPersonAttributes, tokens[i].word))
            tokens[i].use = Use::Filler;
}

// "in Graz", "im Werk", "at head office", "at her plant": where an action happens, not what it is about. The
// words after "in", "im", "at", "bei" up to the next action word, over articles and possessives.
bool isPlaceWord(const std::vector<Token>& tokens, std::size_t index) {
    static constexpr std::string_view kArticles[] = {"der", "die", "das", "den", "dem", "the", "her", "his", "their",
                                                     "our", "its", "seinem", "ihrem", "ihrer", "seiner", "unserem"};
    for (std::size_t j = index; j > 0; --j) {
        const Token& before = tokens[j - 1];
        if (before.clause_end) return false;
        if (contains({"in", "im", "at", "bei", "beim"}, before.word)) return true;
        const bool free_word = before.use == Use::Free && !contains(kGermanVerbs, before.word) &&
                               !contains(kEnglishVerbs, before.word);
        if (!free_word && !(before.use == Use::Filler && contains(kArticles, before.word))) return false;
    }
    return false;
}

// "beim Kunden", "at the customer": a place, neither a person (§8) nor the object of an action ("Kunde anrufen" is).
bool isAtCustomer(const std::vector<Token>& tokens, std::size_t i) {
    if (!contains({"kunde", "kunden", "kundin", "customer", "client"}, tokens[i].word) || i == 0) return false;
    const std::string& before = tokens[i - 1].word;
    return contains({"beim", "vom"}, before) ||
           (i >= 2 && contains({"dem", "the"}, before) && contains({"bei", "at"}, tokens[i - 2].word));
}

void markFiller(std::vector<Token>& tokens) {
    markVagueTimes(tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (tokens[i].use == Use::Free && isAtCustomer(tokens, i)) tokens[i].use = Use::Filler;
    for (Token& token : tokens)
        if (token.use == Use::Free &&
            ((contains(kFiller, token.word) && !isAbbreviation(token)) || contains(kVagueTimes, token.word) ||
             isClockTime(token.word)))
            token.use = Use::Filler;
}

bool isActionWord(const std::vector<Token>& tokens, std::size_t index) {
    const Token& token = tokens[index];
    if (token.use != Use::Free || contains(kLightVerbs, token.word)) return false;
    if (isEnglishVerb(token.word) || contains(kGermanVerbs, token.word)) return true;
    // "must be handed to Ms Tran", "is to be sent": a known verb in the passive.
    if (index > 0 && contains({"be", "is", "are", "been", "being", "was", "were"}, tokens[index - 1].word) &&
        isParticipleOfVerb(token.word))
        return true;
    // "get the NDA countersigned", "have the drawings checked": a known verb done by someone else on request.
    if (contains({"get", "have", "getting"}, token.word)) {
        for (std::size_t j = index + 1; j < tokens.size() && !tokens[j - 1].clause_end; ++j)
            if (tokens[j].use == Use::Free && isEnglishParticiple(tokens[j].word)) return true;
    }
    if (!looksLikeInfinitive(token)) return false;
    const bool after_zu = index > 0 && tokens[index - 1].word == "zu";
    const bool before_und = index + 1 < tokens.size() && contains({"und", "oder"}, tokens[index + 1].word);
    return after_zu || before_und || endsClause(tokens, index);
}

// An action needs at least two meaningful words, one of them a verb; or a
// call or visit of the named person at a set time (an appointment).
bool hasConcreteAction(const std::vector<Token>& tokens, bool appointment) {
    if (hasNominalAction(tokens)) return true;
    int words = 0;
    int place_words = 0;
    bool verb = false;
    bool contact_verb = false;
    bool other_verb = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].use != Use::Free) continue;
        ++words;
        const bool action = isActionWord(tokens, i);
        const bool contact = contains(kContactVerbs, tokens[i].word);
        verb = verb || action;
        contact_verb = contact_verb || contact;
        other_verb = other_verb || (action && !contact);
        place_words += !action && isPlaceWord(tokens, i) ? 1 : 0;
    }
    // A visit or call needs a what or a set time; where it happens is neither ("Frau Kern in Graz besuchen").
    if (contact_verb && !other_verb) words -= place_words;
    return (words >= 2 && verb) || (words == 1 && contact_verb && appointment);
}

// "Am 3.12. Frau Gerlach das Angebot vorstellen und danach ihre Entscheidung abwarten": a full action comes
// first, the waiting joined after it is what follows the activity, not the activity. A bare call before it
// ("Herrn Zeller anrufen und auf seine Entscheidung warten") is no action of its own, so the waiting decides.
bool actionBeforePseudo(const std::vector<Token>& tokens) {
    for (std::size_t k = 1; k < tokens.size(); ++k) {
        if (!contains({"und", "and"}, tokens[k].word)) continue;
        if (k + 1 < tokens.size() && tokens[k + 1].word == tokens[k - 1].word) continue;  // "over and over"
        std::vector<Token> first(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(k));
        first.back().clause_end = true;
        if (coach::pseudoPhrase(first)) return false;
        if (hasConcreteAction(first, false)) return true;
    }
    return false;
}

// "Bis zum 7.12. abwarten, dann am 8.12. dem Einkaufsleiter die Kalkulation vorstellen": the waiting comes
// first, the activity is the full action after "dann" / "then". Returns where that action starts.
std::optional<std::size_t> actionAfterPseudo(const std::vector<Token>& tokens) {
    for (std::size_t k = 1; k + 1 < tokens.size(); ++k) {
        if (!contains({"dann", "danach", "anschließend", "then", "afterwards"}, tokens[k].word)) continue;
        const std::vector<Token> before(tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(k));
        const std::vector<Token> after(tokens.begin() + static_cast<std::ptrdiff_t>(k) + 1, tokens.end());
        if (coach::pseudoPhrase(before) && !coach::pseudoPhrase(after) && hasConcreteAction(after, false)) return k + 1;
    }
    return std::nullopt;
}

// The day and time of the action that follows the waiting are the activity's ("bis zum 7.12." is not).
void readDayOfAction(std::vector<Token> action, std::string_view today, CoachVerdict& verdict) {
    for (Token& token : action) token.use = Use::Free;
    verdict.date_in_text = coach::takeDate(action, today);
    verdict.time_in_text = coach::takeTime(action);
}

// What the form already says; the text has to supply the rest.
struct FormFields {
    std::string date;  // ISO or empty
    std::string time;  // HH:MM or empty
    bool person = false;
    bool planned = false;  // PastDatePlanned applies only to planned activities
};

// The sentence names another day or time than the form: which one holds is the rep's call.
void flagConflicts(const std::vector<Token>& tokens, const FormFields& form, CoachVerdict& verdict) {
    if (!form.date.empty() && verdict.date_in_text && *verdict.date_in_text != form.date)
        verdict.findings.push_back({CoachFlag::FieldConflict, coach::phraseOf(tokens, Use::Date)});
    if (!form.time.empty() && verdict.time_in_text && *verdict.time_in_text != form.time)
        verdict.findings.push_back({CoachFlag::FieldConflict, coach::phraseOf(tokens, Use::Time)});
}

CoachVerdict judge(std::string_view text, const FormFields& form, std::string_view today) {
    CoachVerdict verdict;
    std::vector<Token> tokens = coach::tokenize(text);
    std::vector<Token> reason = coach::splitOffReason(tokens);
    verdict.date_in_text = coach::takeDate(tokens, today);
    verdict.time_in_text = coach::takeTime(tokens);
    markFiller(tokens);
    verdict.person_in_text = coach::takePerson(tokens);
    markPersonAttributes(tokens);
    if (!verdict.person_in_text) verdict.person_in_text = coach::takePerson(reason);  // "…, damit Herr Kern …"
    markContactIdioms(tokens);
    auto pseudo = coach::pseudoPhrase(tokens);
    if (pseudo && actionBeforePseudo(tokens)) pseudo.reset();
    if (const auto action = pseudo ? actionAfterPseudo(tokens) : std::nullopt) {
        pseudo.reset();
        readDayOfAction({tokens.begin() + static_cast<std::ptrdiff_t>(*action), tokens.end()}, today, verdict);
    }
    if (pseudo) verdict.findings.push_back({CoachFlag::PseudoActivity, *pseudo});
    const std::string date = !form.date.empty() ? form.date : verdict.date_in_text.value_or("");
    const bool person = form.person || verdict.person_in_text;
    if (date.empty()) verdict.findings.push_back({CoachFlag::MissingDate, ""});
    if (!person) verdict.findings.push_back({CoachFlag::MissingPerson, ""});
    if (form.planned && !date.empty() && dates::isIsoDate(today) && date < today)
        verdict.findings.push_back({CoachFlag::PastDatePlanned, date});
    // The time makes a call an appointment; a missing day is its own flag ("um 10 Uhr Frau Kern anrufen").
    const bool appointment = person && (!form.time.empty() || verdict.time_in_text);
    if (!pseudo && !hasConcreteAction(tokens, appointment))
        verdict.findings.push_back({CoachFlag::NoConcreteAction, ""});
    flagConflicts(tokens, form, verdict);
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
        case CoachFlag::FieldConflict:
            return "field_conflict";
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
    if (dates::isClockTime(activity.time)) form.time = activity.time;
    form.person = formNamesPerson(activity, portfolio);
    form.planned = activity.status == model::ActivityStatus::Planned;
    return judge(activity.action, form, today);
}

bool fillFieldsFromText(model::Activity& activity, std::string_view today) {
    const bool date_empty = activity.date.empty();
    const bool time_empty = activity.time.empty();
    if (!date_empty && !time_empty) return false;
    const CoachVerdict read = reviewText(activity.action, today);
    bool changed = false;
    if (date_empty && read.date_in_text) {
        activity.date = *read.date_in_text;
        changed = true;
    }
    if (time_empty && read.time_in_text) {
        activity.time = *read.time_in_text;
        changed = true;
    }
    return changed;
}

CoachVerdict reviewText(std::string_view text, std::string_view today) {
    // A sentence alone has no status: whether it is still planned or already
    // done is unknown, so a past date is not flagged here.
    return judge(text, FormFields{}, today);
}

}  // namespace etappe::rules
