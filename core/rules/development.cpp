#include "rules/development.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>

#include "dates/iso_date.h"
#include "rules/reviews.h"

namespace etappe::rules {

namespace {

std::optional<double> ratio(double part, double whole) {
    return whole <= 0.0 ? std::nullopt : std::optional<double>(part / whole);
}

int outcomeIndex(model::ReviewOutcome outcome) {
    for (std::size_t i = 0; i < model::kOutcomes.size(); ++i)
        if (model::kOutcomes[i] == outcome) return static_cast<int>(i);
    return -1;
}

int positionIndex(model::LifePosition position) {
    for (std::size_t i = 0; i < model::kLifePositions.size(); ++i)
        if (model::kLifePositions[i] == position) return static_cast<int>(i);
    return -1;
}

double reachedPoints(model::Reached reached) {
    return reached == model::Reached::Yes ? 1.0 : reached == model::Reached::Partly ? 0.5 : 0.0;
}

std::vector<int> weakestSteps(const std::array<StepTally, method::kConversationStepCount>& steps) {
    std::vector<int> rated;
    for (int i = 0; i < static_cast<int>(steps.size()); ++i)
        if (steps[static_cast<std::size_t>(i)].rated > 0) rated.push_back(i);
    std::stable_sort(rated.begin(), rated.end(), [&](int a, int b) {
        const StepTally& x = steps[static_cast<std::size_t>(a)];
        const StepTally& y = steps[static_cast<std::size_t>(b)];
        // Compare points/rated without division: x.points/x.rated < y.points/y.rated.
        const long lhs = static_cast<long>(x.points) * y.rated;
        const long rhs = static_cast<long>(y.points) * x.rated;
        if (lhs != rhs) return lhs < rhs;
        if (x.missed != y.missed) return x.missed > y.missed;
        if (x.rated != y.rated) return x.rated > y.rated;
        return a < b;
    });
    if (rated.size() > 3) rated.resize(3);
    return rated;
}

// Adds one review to a period's figures.
void tally(PeriodFigures& f, const model::Review& r, bool complete, const model::Review* asked_about) {
    ++f.reviews;
    if (complete) ++f.completed;
    if (const int o = outcomeIndex(r.outcome); o >= 0) ++f.outcomes[static_cast<std::size_t>(o)];
    if (const int p = positionIndex(r.own_position); p >= 0) ++f.life_positions[static_cast<std::size_t>(p)];
    if (const int q = quadrantIndex(balanceQuadrant(r.own_interests, r.customer_interests)); q >= 0)
        ++f.balance[static_cast<std::size_t>(q)];
    if (r.goal_reached != model::Reached::Unset) {
        ++f.goal_answers;
        f.goal_points += reachedPoints(r.goal_reached);
    }
    if (!r.commitment.empty()) ++f.commitments_made;
    if (asked_about && r.previous_commitment_kept != model::Reached::Unset) {
        ++f.commitments_asked;
        f.commitments_kept += reachedPoints(r.previous_commitment_kept);
    }
    for (std::size_t s = 0; s < r.steps.size(); ++s) f.steps[s].add(r.steps[s]);
    for (std::size_t e = 0; e < r.elements.size(); ++e) f.elements[e].add(r.elements[e]);
}

}  // namespace

void StepTally::add(model::StepRating rating) {
    switch (rating) {
        case model::StepRating::Well: ++rated, points += 2; break;
        case model::StepRating::Partly: ++rated, points += 1; break;
        case model::StepRating::Missed: ++rated, ++missed; break;
        case model::StepRating::NotRelevant:
        case model::StepRating::Unset: break;
    }
}

std::optional<double> PeriodFigures::completedShare() const { return ratio(completed, reviews); }
std::optional<double> PeriodFigures::okOkShare() const { return ratio(life_positions[0], positioned()); }
std::optional<double> PeriodFigures::winWinShare() const { return ratio(balance[0], balanced()); }
std::optional<double> PeriodFigures::goalReachedRate() const { return ratio(goal_points, goal_answers); }
std::optional<double> PeriodFigures::keptShare() const { return ratio(commitments_kept, commitments_asked); }
int PeriodFigures::positioned() const { return std::accumulate(life_positions.begin(), life_positions.end(), 0); }
int PeriodFigures::balanced() const { return std::accumulate(balance.begin(), balance.end(), 0); }

Period periodEnding(const model::Portfolio& portfolio, std::string_view today, int days) {
    Period period{std::string(today), std::string(today)};
    if (days > 0) {
        period.from = dates::addDays(today, -(days - 1));
        return period;
    }
    for (const model::Review& r : portfolio.reviews)
        if (dates::isIsoDate(r.meeting_date) && r.meeting_date < period.from) period.from = r.meeting_date;
    return period;
}

Period previousPeriod(const Period& period) {
    const int length = dates::daysBetween(period.from, period.to).value_or(0) + 1;
    Period before;
    before.to = dates::addDays(period.from, -1);
    before.from = dates::addDays(before.to, -(length - 1));
    return before;
}

std::optional<double> shareChange(std::optional<double> now, std::optional<double> before) {
    if (!now || !before) return std::nullopt;
    return *now - *before;
}

FigureChanges changesOf(const PeriodFigures& now, const PeriodFigures& before) {
    const auto minus = [](const std::array<int, 4>& a, const std::array<int, 4>& b) {
        return std::array<int, 4>{a[0] - b[0], a[1] - b[1], a[2] - b[2], a[3] - b[3]};
    };
    FigureChanges c;
    c.reviews = now.reviews - before.reviews;
    c.completed = shareChange(now.completedShare(), before.completedShare());
    c.ok_ok = shareChange(now.okOkShare(), before.okOkShare());
    c.win_win = shareChange(now.winWinShare(), before.winWinShare());
    c.goal_reached = shareChange(now.goalReachedRate(), before.goalReachedRate());
    c.kept = shareChange(now.keptShare(), before.keptShare());
    c.outcomes = minus(now.outcomes, before.outcomes);
    c.life_positions = minus(now.life_positions, before.life_positions);
    c.balance = minus(now.balance, before.balance);
    c.commitments_made = now.commitments_made - before.commitments_made;
    c.commitments_asked = now.commitments_asked - before.commitments_asked;
    for (std::size_t s = 0; s < c.step_scores.size(); ++s) c.step_scores[s] = shareChange(now.steps[s].score(), before.steps[s].score());
    return c;
}

Development developmentOf(const model::Portfolio& portfolio, std::string_view today, int days,
                          const Classification* classes) {
    Development d;
    d.days = days;
    d.period = periodEnding(portfolio, today, days);
    d.previous = previousPeriod(d.period);

    // The months of the period, oldest first.
    for (const std::string& month : dates::monthsBetween(d.period.from, d.period.to)) {
        MonthFigures figures;
        figures.month = month;
        d.months.push_back(figures);
    }

    // The latest earlier review with a commitment, per customer, found by walking in meeting order.
    // Sorted by a compact key read once per review: comparing the reviews' own
    // date strings would fetch 50,000 scattered reviews again and again.
    struct Keyed {
        std::int64_t day;  // -1: no valid date (first, as an empty date sorts first)
        model::Id id;
        const model::Review* review;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(portfolio.reviews.size());
    for (const model::Review& r : portfolio.reviews) keyed.push_back({dates::dayNumber(r.meeting_date).value_or(-1), r.id, &r});
    std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) { return a.day != b.day ? a.day < b.day : a.id < b.id; });
    std::vector<const model::Review*> ordered;
    ordered.reserve(keyed.size());
    for (const Keyed& k : keyed) ordered.push_back(k.review);
    std::unordered_map<model::Id, const model::Review*> last_commitment;
    // Completeness needs activities by id; looked up once.
    std::unordered_map<model::Id, const model::Activity*> activities;
    for (const model::Activity& a : portfolio.activities) activities.emplace(a.id, &a);

    for (const model::Review* r : ordered) {
        const bool in_now = d.period.contains(r->meeting_date);
        const bool in_before = d.previous.contains(r->meeting_date);
        const auto found = last_commitment.find(r->customer_id);
        const model::Review* asked_about = found == last_commitment.end() ? nullptr : found->second;
        if (!r->commitment.empty()) last_commitment[r->customer_id] = r;
        if (!in_now && !in_before) continue;

        const CustomerClassInfo* info = classes ? classes->find(r->customer_id) : nullptr;
        const bool as_a = info ? info->treated_as_a : r->process == model::ReviewProcess::Full;
        const auto next = activities.find(r->next_activity_id);
        const bool complete =
            reviewGaps(*r, next == activities.end() ? nullptr : next->second, as_a).empty();
        tally(in_now ? d.now : d.before, *r, complete, asked_about);
        if (!in_now) continue;
        const std::string month = dates::monthOf(r->meeting_date);
        auto m = std::find_if(d.months.begin(), d.months.end(), [&](const MonthFigures& f) { return f.month == month; });
        if (m == d.months.end()) continue;
        if (const int o = outcomeIndex(r->outcome); o >= 0) ++m->outcomes[static_cast<std::size_t>(o)];
        if (const int p = positionIndex(r->own_position); p >= 0) ++m->life_positions[static_cast<std::size_t>(p)];
        if (const int q = quadrantIndex(balanceQuadrant(r->own_interests, r->customer_interests)); q >= 0)
            ++m->balance[static_cast<std::size_t>(q)];
        for (std::size_t s = 0; s < r->steps.size(); ++s) m->steps[s].add(r->steps[s]);
    }
    d.now.weakest_steps = weakestSteps(d.now.steps);
    d.before.weakest_steps = weakestSteps(d.before.steps);
    d.change = changesOf(d.now, d.before);
    return d;
}

}  // namespace etappe::rules
