#pragma once
// How the rep develops, read from their reviews over a period: outcomes, life
// positions (METHOD §3), balance of interests (§6), the steps of the process
// (§5) and the commitments made at each review, every figure next to the same
// figure for the period before. Pure; the development screen caches it per
// revision, day and period.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "method/conversation_steps.h"
#include "model/portfolio.h"
#include "rules/abc_classification.h"

namespace etappe::rules {

// Inclusive ISO dates. A review belongs to the period of its meeting date.
struct Period {
    std::string from;
    std::string to;
    bool contains(std::string_view date) const { return date >= from && date <= to; }
    bool operator==(const Period&) const = default;
};

// The last `days` days up to and including today (days = 30: today and the 29
// days before). `days` 0 means all: from the earliest review's meeting (or
// today when there are none) to today.
Period periodEnding(const model::Portfolio& portfolio, std::string_view today, int days);
// The period of the same length that ends the day before `period` starts.
Period previousPeriod(const Period& period);

// Ratings of one step: well counts 2, partly 1, missed 0; "not relevant" and
// unrated are left out. Score = points / (2 × rated), 0–1.
struct StepTally {
    int rated = 0;
    int points = 0;
    int missed = 0;
    std::optional<double> score() const {
        return rated == 0 ? std::nullopt : std::optional<double>(points / (2.0 * rated));
    }
    void add(model::StepRating rating);
};

struct PeriodFigures {
    int reviews = 0;
    int completed = 0;
    std::array<int, 4> outcomes{};        // order, advance, continuation, no sale (model::kOutcomes order)
    std::array<int, 4> life_positions{};  // ok_ok, ok_not_ok, not_ok_ok, not_ok_not_ok (own position)
    std::array<int, 4> balance{};         // win_win, win_lose, lose_win, lose_lose
    int goal_answers = 0;                 // reviews that say whether the goal was reached
    double goal_points = 0.0;             // yes 1, partly 0.5, no 0
    int commitments_made = 0;
    int commitments_asked = 0;  // reviews that answered whether the previous commitment was kept
    double commitments_kept = 0.0;  // yes 1, partly 0.5
    std::array<StepTally, method::kConversationStepCount> steps{};
    std::array<StepTally, 5> elements{};
    // Step indices 0–15, weakest first, at most three, only steps with ratings:
    // lowest score; ties: more "missed", then more ratings (more evidence), then step order.
    std::vector<int> weakest_steps;

    // Shares 0–1; nothing when there is nothing to divide by.
    std::optional<double> completedShare() const;
    std::optional<double> okOkShare() const;
    std::optional<double> winWinShare() const;
    std::optional<double> goalReachedRate() const;
    std::optional<double> keptShare() const;
    int positioned() const;  // reviews with an own life position
    int balanced() const;    // reviews with both interests rated
};

// One calendar month of the period (for the charts).
struct MonthFigures {
    std::string month;  // "YYYY-MM"
    std::array<int, 4> outcomes{};
    std::array<int, 4> life_positions{};
    std::array<int, 4> balance{};
    std::array<StepTally, method::kConversationStepCount> steps{};
};

// Every figure of the period against the same figure of the previous one:
// counts as now minus before, shares in share points (0.12 = 12 percentage
// points), nothing when either period has nothing to divide by.
struct FigureChanges {
    int reviews = 0;
    std::optional<double> completed, ok_ok, win_win, goal_reached, kept;
    std::array<int, 4> outcomes{};        // as PeriodFigures
    std::array<int, 4> life_positions{};  // the cells of the life-position 2×2
    std::array<int, 4> balance{};         // the cells of the balance 2×2
    int commitments_made = 0;
    int commitments_asked = 0;
    std::array<std::optional<double>, method::kConversationStepCount> step_scores{};  // a weakest step's trend
};
FigureChanges changesOf(const PeriodFigures& now, const PeriodFigures& before);

struct Development {
    Period period;
    Period previous;
    int days = 0;  // as asked; 0 = all
    PeriodFigures now;
    PeriodFigures before;
    FigureChanges change;              // now against before
    std::vector<MonthFigures> months;  // every month the period touches, oldest first
};

// `classes` decides which reviews need a next activity to be complete (A customers);
// without it, full-process reviews do.
Development developmentOf(const model::Portfolio& portfolio, std::string_view today, int days,
                          const Classification* classes);

// The change of a share (now minus before); nothing unless both are known.
std::optional<double> shareChange(std::optional<double> now, std::optional<double> before);

}  // namespace etappe::rules
