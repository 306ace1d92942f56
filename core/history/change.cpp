#include "history/change.h"

#include <algorithm>

namespace etappe::history {

namespace {

template <class Entity>
concept Singleton = requires(model::Portfolio& p, const Entity& e) { EntityTraits<Entity>::write(p, e); };

template <class Entity>
int indexOf(const std::vector<Entity>& list, model::Id id) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (EntityTraits<Entity>::idOf(list[i]) == id) return static_cast<int>(i);
    }
    return -1;
}

template <class Entity>
void assign(Entity& stored, const Entity& state) {
    if constexpr (requires { EntityTraits<Entity>::assign(stored, state); }) {
        EntityTraits<Entity>::assign(stored, state);
    } else {
        stored = state;
    }
}

// Moves the portfolio from `source` to `target` (either may be empty for a
// collection: add or delete). Refuses when the portfolio is not in the state
// the change starts from, so a stale step can never overwrite newer work.
template <class Entity>
bool applyChange(model::Portfolio& portfolio, const Change<Entity>& change, bool forward) {
    using Traits = EntityTraits<Entity>;
    const std::optional<Entity>& target = forward ? change.after : change.before;
    const std::optional<Entity>& source = forward ? change.before : change.after;
    if constexpr (Singleton<Entity>) {
        if (!target || (source && Traits::read(portfolio) != *source)) return false;
        Traits::write(portfolio, *target);
        return true;
    } else {
        std::vector<Entity>* list = Traits::list(portfolio, change.owner);
        if (!list || (!target && !source)) return false;
        const model::Id id = Traits::idOf(target ? *target : *source);
        const int index = indexOf(*list, id);
        if (!target) {
            if (index < 0) return false;
            list->erase(list->begin() + index);
        } else if (!source) {
            if (index >= 0) return false;
            const int size = static_cast<int>(list->size());
            const int at = change.position < 0 ? size : std::min(change.position, size);
            list->insert(list->begin() + at, *target);
        } else {
            if (index < 0) return false;
            assign((*list)[static_cast<std::size_t>(index)], *target);
        }
        return true;
    }
}

bool applyOne(model::Portfolio& portfolio, const EntityChange& change, bool forward) {
    return std::visit([&](const auto& c) { return applyChange(portfolio, c, forward); }, change);
}

// Inline size is counted by the vector of changes; this adds the entities' heap.
template <class Entity>
std::size_t heapBytesOf(const Change<Entity>& change) {
    std::size_t bytes = 0;
    if (change.before) bytes += EntityTraits<Entity>::heapBytes(*change.before);
    if (change.after) bytes += EntityTraits<Entity>::heapBytes(*change.after);
    return bytes;
}

}  // namespace

std::size_t Edit::approximateBytes() const {
    std::size_t bytes = sizeof(Edit) + changes.capacity() * sizeof(EntityChange);
    for (const auto& change : changes) bytes += std::visit([](const auto& c) { return heapBytesOf(c); }, change);
    return bytes;
}

void Edit::append(Edit later) {
    if (next_id_before == model::kNoId) next_id_before = later.next_id_before;
    if (later.next_id_after != model::kNoId) next_id_after = later.next_id_after;
    changes.insert(changes.end(), std::make_move_iterator(later.changes.begin()),
                   std::make_move_iterator(later.changes.end()));
}

bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward) {
    const std::size_t count = edit.changes.size();
    for (std::size_t done = 0; done < count; ++done) {
        const std::size_t i = forward ? done : count - 1 - done;
        if (applyOne(portfolio, edit.changes[i], forward)) continue;
        // All or nothing: take back what this call already changed.
        for (std::size_t back = done; back-- > 0;) {
            applyOne(portfolio, edit.changes[forward ? back : count - 1 - back], !forward);
        }
        return false;
    }
    if (count == 0) return false;
    const model::Id next_id = forward ? edit.next_id_after : edit.next_id_before;
    if (next_id != model::kNoId) portfolio.next_id = next_id;
    return true;
}

}  // namespace etappe::history
