#include "rules/agenda.h"

#include <algorithm>
#include <utility>

#include "dates/iso_date.h"

namespace etappe::rules {

namespace {
using dates::dayNumber;
using dates::weekdayOfDayNumber;

// Today as the buckets need it: its day number and the Sunday closing its week.
struct Reference {
    std::optional<std::int64_t> today;
    std::int64_t sunday = 0;
};

Reference referenceFor(std::string_view today_iso) {
    Reference ref{dayNumber(today_iso), 0};
    if (ref.today) ref.sunday = *ref.today + 6 - weekdayOfDayNumber(*ref.today);
    return ref;
}

// Without a valid `today` there is nothing to be overdue against, so every
// dated, planned activity is simply "later" rather than guessed into a bucket.
AgendaBucket bucketOf(const model::Activity& activity, std::optional<std::int64_t> day, const Reference& ref) {
    if (activity.status != model::ActivityStatus::Planned) return AgendaBucket::Closed;
    if (!day) return AgendaBucket::Undated;
    if (!ref.today) return AgendaBucket::Later;
    if (*day < *ref.today) return AgendaBucket::Overdue;
    if (*day == *ref.today) return AgendaBucket::Today;
    return *day <= ref.sunday ? AgendaBucket::ThisWeek : AgendaBucket::Later;
}

// Empty time sorts first (an all-day item heads its day), then clock times;
// text that is not a clock time sorts after them rather than being dropped.
int digitsAt(std::string_view text, std::size_t pos, std::size_t count) {
    int value = 0;
    for (const char c : text.substr(pos, count)) value = value * 10 + (c - '0');
    return value;
}

std::uint64_t timeKey(const std::string& time) {
    if (time.empty()) return 0;
    if (!dates::isClockTime(time)) return 24 * 60 + 1;
    return 1 + static_cast<std::uint64_t>(digitsAt(time, 0, 2) * 60 + digitsAt(time, 3, 2));
}

// Bucket, date and time packed into one integer (the "slot"), so that sorting
// 100,000 activities compares integers instead of strings. Day numbers are
// offset to be positive (0001-01-01 is day −719162); 22 bits hold all of
// 0001–9999. An activity whose date is not a date (undated, or closed with a
// bad date) gets day 0 and sorts first within its bucket. 3 + 22 + 11 = 36 bits.
constexpr std::int64_t kDayOffset = 719163;
constexpr int kBucketShift = 33;  // within the slot
constexpr int kIndexBits = 28;    // below the slot in the fast path: 268 million activities

std::uint64_t slotOf(AgendaBucket bucket, std::optional<std::int64_t> day, const std::string& time) {
    const auto day_key = static_cast<std::uint64_t>(day ? *day + kDayOffset : 0);
    return (static_cast<std::uint64_t>(bucket) << kBucketShift) | (day_key << 11) | timeKey(time);
}

AgendaBucket bucketOfSlot(std::uint64_t slot) { return static_cast<AgendaBucket>(slot >> kBucketShift); }

// New activities get fresh, growing ids and are appended, so the list is
// normally in id order; then the index can stand in for the id, and the whole
// order fits one integer that a radix sort can order.
bool indexOrderIsIdOrder(const std::vector<model::Activity>& activities) {
    if (activities.size() >= (std::size_t{1} << kIndexBits)) return false;
    for (std::size_t i = 1; i < activities.size(); ++i) {
        if (activities[i - 1].id >= activities[i].id) return false;
    }
    return true;
}

// LSD radix sort on the slot bits (3 passes of 12 bits): it is stable, so keys
// with equal slots keep their index order, and it runs in a few linear passes
// where a comparison sort of 100,000 keys takes several milliseconds.
void radixSortBySlot(std::vector<std::uint64_t>& keys) {
    constexpr int kDigitBits = 12;
    constexpr std::uint64_t kDigitMask = (1u << kDigitBits) - 1;
    std::vector<std::uint64_t> buffer(keys.size());
    for (int shift = kIndexBits; shift < 64; shift += kDigitBits) {
        std::array<std::size_t, std::size_t{1} << kDigitBits> starts{};
        for (const std::uint64_t key : keys) ++starts[(key >> shift) & kDigitMask];
        if (starts[(keys.front() >> shift) & kDigitMask] == keys.size()) continue;  // one digit for all: no change
        std::size_t sum = 0;
        for (std::size_t& start : starts) sum += std::exchange(start, sum);
        for (const std::uint64_t key : keys) buffer[starts[(key >> shift) & kDigitMask]++] = key;
        keys.swap(buffer);
    }
}

void sortFast(const std::vector<std::uint64_t>& slots, Agenda& agenda) {
    if (slots.empty()) return;
    std::vector<std::uint64_t> keys(slots.size());
    for (std::size_t i = 0; i < slots.size(); ++i) keys[i] = slots[i] << kIndexBits | i;
    radixSortBySlot(keys);
    constexpr std::uint64_t kIndexMask = (std::uint64_t{1} << kIndexBits) - 1;
    for (const std::uint64_t key : keys) {
        agenda.entries.push_back({static_cast<int>(key & kIndexMask), bucketOfSlot(key >> kIndexBits)});
    }
}

// Any order of ids (a hand-edited or merged file): compare slot, id, index.
void sortGeneral(const std::vector<std::uint64_t>& slots, const std::vector<model::Activity>& activities, Agenda& agenda) {
    std::vector<int> order(slots.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
        if (slots[ua] != slots[ub]) return slots[ua] < slots[ub];
        return activities[ua].id != activities[ub].id ? activities[ua].id < activities[ub].id : a < b;
    });
    for (const int i : order) agenda.entries.push_back({i, bucketOfSlot(slots[static_cast<std::size_t>(i)])});
}

// A meeting's bucket: there is nothing to be overdue, so a past one is closed.
AgendaBucket meetingBucket(std::optional<std::int64_t> day, const Reference& ref) {
    if (!ref.today) return AgendaBucket::Later;
    if (*day < *ref.today) return AgendaBucket::Closed;
    if (*day == *ref.today) return AgendaBucket::Today;
    return *day <= ref.sunday ? AgendaBucket::ThisWeek : AgendaBucket::Later;
}

// Meetings are few (one per plan); they are sorted on their own and merged
// into the sorted activities, a meeting first when the slots are equal.
void mergeMeetings(const std::vector<std::uint64_t>& activity_slots, const Reference& ref, Agenda& agenda) {
    std::vector<std::pair<std::uint64_t, int>> meetings;
    for (std::size_t i = 0; i < agenda.meetings.size(); ++i) {
        const Meeting& meeting = agenda.meetings[i];
        const auto day = dayNumber(meeting.date);
        const AgendaBucket bucket = meetingBucket(day, ref);
        ++agenda.counts[static_cast<std::size_t>(bucket)];
        meetings.emplace_back(slotOf(bucket, day, meeting.time), static_cast<int>(i));
    }
    std::stable_sort(meetings.begin(), meetings.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<AgendaEntry> merged;
    merged.reserve(agenda.entries.size() + meetings.size());
    auto next = meetings.begin();
    for (const AgendaEntry& entry : agenda.entries) {
        const std::uint64_t slot = activity_slots[static_cast<std::size_t>(entry.activity_index)];
        for (; next != meetings.end() && next->first <= slot; ++next)
            merged.push_back({-1, bucketOfSlot(next->first), next->second});
        merged.push_back(entry);
    }
    for (; next != meetings.end(); ++next) merged.push_back({-1, bucketOfSlot(next->first), next->second});
    agenda.entries = std::move(merged);
}

}  // namespace

Agenda buildAgenda(const model::Portfolio& portfolio, std::string_view today, const Classification* classes) {
    const Reference ref = referenceFor(today);
    const auto& activities = portfolio.activities;
    std::vector<std::uint64_t> slots(activities.size());
    Agenda agenda;
    for (std::size_t i = 0; i < activities.size(); ++i) {
        const auto day = dayNumber(activities[i].date);
        const AgendaBucket bucket = bucketOf(activities[i], day, ref);
        ++agenda.counts[static_cast<std::size_t>(bucket)];
        slots[i] = slotOf(bucket, day, activities[i].time);
    }
    agenda.entries.reserve(activities.size());
    if (indexOrderIsIdOrder(activities)) {
        sortFast(slots, agenda);
    } else {
        sortGeneral(slots, activities, agenda);
    }
    agenda.meetings = meetingsOf(portfolio, classes);
    if (!agenda.meetings.empty()) mergeMeetings(slots, ref, agenda);
    return agenda;
}

}  // namespace etappe::rules
