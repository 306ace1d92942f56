// The action of an activity sentence beyond its verbs: action nouns, and the reason clause set aside.
#include "rules/coach_actions.h"

#include "rules/word_lists.h"

namespace etappe::rules::coach {

namespace {

// Notes are often written as nouns: "Besuch bei Herrn Lange, Vorführung der Presse", "Telefonat mit Herrn Haas
// wegen Reklamation", "demo of the sensor". An action noun with a topic ("wegen", "zur", a genitive, "about",
// "of") is an action with an object; a bare "Termin mit Herrn Roth" or "Meeting with Mr Brown" stays none.
// "Tel." and "Telko" are how notes write a phone call; "wg." and "betr." a topic.
// Nouns of handing and sending ("Übergabe der Muster an Frau Kern", "delivery of the brochure") too.
constexpr std::string_view kActionNouns[] = {"telefonat", "tel", "telko", "anruf", "besuch", "gespräch",
                                             "call", "visit", "demo", "übergabe", "weitergabe", "versand",
                                             "handover", "hand-over", "delivery", "submission", "introduction",
                                             "inspection", "walk-through",
                                             "meeting",   "termin", "presentation", "walkthrough"};
constexpr std::string_view kTopicMarkers[] = {"wegen", "wg",  "zu",  "zum",   "zur",       "über", "bzgl", "bezüglich",
                                              "betr",  "betreffend", "der", "des", "about", "regarding", "re", "of"};

// The customer's acts and states, not the rep's: "Entscheidung des Einkaufs", "Umsatzsteigerung der Linie".
constexpr std::string_view kNotActionNouns[] = {"entscheidung", "steigerung", "erhöhung", "bestellung",
                                                "rückmeldung",  "genehmigung", "beziehung", "meldung"};

bool isActionNoun(const Token& token) {
    const std::string& w = token.word;
    for (const std::string_view other : kNotActionNouns)
        if (w.ends_with(other)) return false;
    const bool german_noun = coach::isCapitalised(token.raw) && w.size() >= 7 && w.ends_with("ung");
    return german_noun || (w.size() >= 8 && w.ends_with("ation")) || contains(kActionNouns, w);
}

// Who acts in a reason clause: "damit sie …", "so that the buyer …", "so Mr Lee can …".
constexpr std::string_view kReasonSubjects[] = {
    "er",  "sie", "es",   "wir",  "ich",  "man", "der", "die",  "das",  "herr", "frau", "unser", "unsere",
    "he",  "she", "they", "we",   "i",    "the", "mr",  "ms",   "mrs",  "our",  "his",  "her",   "their"};

std::size_t reasonStart(const std::vector<Token>& tokens) {
    for (std::size_t k = 2; k + 1 < tokens.size(); ++k) {
        const std::string& word = tokens[k].word;
        const std::string& next = tokens[k + 1].word;
        const bool after_comma = tokens[k - 1].clause_end;
        if (word == "damit" && (after_comma || contains(kReasonSubjects, next))) return k;
        if (word == "sodass" || (word == "so" && contains({"dass", "that"}, next))) return k;
        if (word == "so" && contains(kReasonSubjects, next)) return k;
        // "so procurement can order": a subject of its own, then what it can or will do
        for (std::size_t j = k + 2; word == "so" && j < tokens.size() && j <= k + 3; ++j)
            if (contains({"can", "could", "will", "may", "has", "gets"}, tokens[j].word)) return k;
    }
    return tokens.size();
}

}  // namespace

bool hasNominalAction(const std::vector<Token>& tokens) {
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].use != Use::Free || tokens[i].clause_end || !isActionNoun(tokens[i])) continue;
        for (std::size_t j = i + 1; j < tokens.size(); ++j) {
            const bool topic = contains(kTopicMarkers, tokens[j].word);
            if (topic && j + 1 < tokens.size() && !tokens[j].clause_end) {
                std::size_t k = j + 1;
                while (k < tokens.size() && tokens[k].use == Use::Filler && !tokens[k].clause_end) ++k;
                if (k < tokens.size() && tokens[k].use == Use::Free) return true;
            }
            if (tokens[j].use == Use::Free || tokens[j].clause_end) break;
        }
    }
    return false;
}

// "damit sie es bis Freitag hat", "so he has it by Friday": the other person only receives what the rep sends,
// so the clause's day is the rep's deadline after all.
// ("so he can get board approval by Friday" is his act: "get" is left out).
constexpr std::string_view kReceiving[] = {"hat", "haben",    "vorliegt", "vorliegen", "bekommt",
                                           "erhält", "has", "receives", "receive"};

std::vector<Token> splitOffReason(std::vector<Token>& tokens) {
    std::size_t start = reasonStart(tokens);
    for (std::size_t i = start; i < tokens.size(); ++i)
        if (contains(kReceiving, tokens[i].word)) start = tokens.size();
    std::vector<Token> reason(tokens.begin() + static_cast<std::ptrdiff_t>(start), tokens.end());
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(start), tokens.end());
    if (!tokens.empty()) tokens.back().clause_end = true;
    return reason;
}

}  // namespace etappe::rules::coach
