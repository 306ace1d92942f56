#include "history/edit.h"

#include <algorithm>

#include "method/plan_fields.h"
#include "method/reduced_elements.h"

namespace etappe::history {

namespace {

std::size_t bytesOf(const std::string& text) { return text.capacity(); }

std::size_t bytesOf(const model::Customer& c) {
    std::size_t bytes = sizeof(c) + bytesOf(c.name) + bytesOf(c.industry) + bytesOf(c.city) + bytesOf(c.notes) +
                        bytesOf(c.created_on);
    for (const auto& contact : c.contacts) {
        bytes += sizeof(contact) + bytesOf(contact.name) + bytesOf(contact.role) + bytesOf(contact.email) +
                 bytesOf(contact.phone);
    }
    for (const auto& note : c.knowledge) bytes += bytesOf(note.note);
    // Plans count their fixed size plus every text the method describes (list
    // capacity left out); close enough for a budget.
    for (const auto& plan : c.plans) {
        bytes += sizeof(plan) + bytesOf(plan.place) + bytesOf(plan.goal);
        for (const auto& step : plan.steps) bytes += bytesOf(step.notes);
        method::forEachText(plan, [&bytes](const std::string& text) { bytes += bytesOf(text); });
    }
    for (const auto& field : method::kReducedFields) bytes += bytesOf(c.reduced_plan.*field.text);
    return bytes;
}

std::size_t bytesOf(const model::PrioritySettings& p) {
    std::size_t bytes = sizeof(p);
    for (const auto& e : p.effort) {
        bytes += bytesOf(e.appointment) + bytesOf(e.preparation) + bytesOf(e.conversation) + bytesOf(e.follow_up);
    }
    return bytes;
}

std::size_t bytesOf(const model::Activity& a) { return sizeof(a) + bytesOf(a.action) + bytesOf(a.outcome); }
std::size_t bytesOf(const model::GoalPlan& g) { return sizeof(g) + bytesOf(g.title) + g.bookings.size() * sizeof(model::Booking); }

template <class Entity>
std::size_t bytesOf(const std::optional<EntityEdit<Entity>>& edit) {
    if (!edit) return 0;
    return (edit->before ? bytesOf(*edit->before) : 0) + (edit->after ? bytesOf(*edit->after) : 0);
}

template <class Entity>
int indexOf(const std::vector<Entity>& list, model::Id id) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

// Puts `state` in place of the entity with `id` (or removes it when state is
// empty, or inserts it at `position` when it is not there yet).
template <class Entity>
bool placeEntity(std::vector<Entity>& list, const std::optional<Entity>& state, model::Id id, int position) {
    const int index = indexOf(list, id);
    if (!state) {
        if (index < 0) return false;
        list.erase(list.begin() + index);
        return true;
    }
    if (index >= 0) {
        list[static_cast<std::size_t>(index)] = *state;
        return true;
    }
    const int size = static_cast<int>(list.size());
    list.insert(list.begin() + std::clamp(position < 0 ? size : position, 0, size), *state);
    return true;
}

template <class Entity>
bool applyEntityEdit(std::vector<Entity>& list, const EntityEdit<Entity>& edit, bool forward) {
    const auto& target = forward ? edit.after : edit.before;
    const auto& source = forward ? edit.before : edit.after;
    const model::Id id = target ? target->id : (source ? source->id : model::kNoId);
    return id != model::kNoId && placeEntity(list, target, id, edit.position);
}

template <class Entity>
EntityEdit<Entity> entityEdit(const std::vector<Entity>& list, std::optional<Entity> before, std::optional<Entity> after) {
    const model::Id id = before ? before->id : (after ? after->id : model::kNoId);
    return EntityEdit<Entity>{std::move(before), std::move(after), indexOf(list, id)};
}

Edit withIds(const model::Portfolio& portfolio, Edit edit, model::Id highest_new_id) {
    edit.next_id_before = portfolio.next_id;
    edit.next_id_after = std::max(portfolio.next_id, highest_new_id + 1);
    return edit;
}

}  // namespace

std::size_t Edit::approximateBytes() const {
    std::size_t bytes = sizeof(Edit) + bytesOf(customer) + bytesOf(activity) + bytesOf(goal_plan);
    if (title) bytes += title->before.capacity() + title->after.capacity();
    if (priorities) bytes += bytesOf(priorities->before) + bytesOf(priorities->after);
    return bytes;
}

model::Id nextFreeId(const model::Portfolio& portfolio, const model::Customer* draft) {
    model::Id next = portfolio.next_id;
    if (draft) {
        next = std::max(next, draft->id + 1);
        for (const auto& contact : draft->contacts) next = std::max(next, contact.id + 1);
        for (const auto& plan : draft->plans) next = std::max(next, plan.id + 1);
    }
    return next;
}

namespace {
Edit customerEdit(const model::Portfolio& portfolio, EditKind kind, EntityEdit<model::Customer> change) {
    Edit edit;
    edit.kind = kind;
    const model::Id highest = change.after ? nextFreeId(portfolio, &*change.after) - 1 : model::kNoId;
    edit.customer = std::move(change);
    return withIds(portfolio, std::move(edit), highest);
}
}  // namespace

Edit addCustomer(const model::Portfolio& portfolio, const model::Customer& customer, int position) {
    return customerEdit(portfolio, EditKind::AddCustomer, EntityEdit<model::Customer>{std::nullopt, customer, position});
}

Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id) {
    const int index = portfolio.indexOfCustomer(id);
    std::optional<model::Customer> before;
    if (index >= 0) before = portfolio.customers[static_cast<std::size_t>(index)];
    return customerEdit(portfolio, EditKind::DeleteCustomer, EntityEdit<model::Customer>{before, std::nullopt, index});
}

Edit changeCustomer(const model::Portfolio& portfolio, const model::Customer& before, const model::Customer& after) {
    return customerEdit(portfolio, EditKind::ChangeCustomer, EntityEdit<model::Customer>{before, after, -1});
}

Edit changeTitle(std::string before, std::string after) {
    Edit edit;
    edit.kind = EditKind::ChangeTitle;
    edit.title = TitleEdit{std::move(before), std::move(after)};
    return edit;
}

Edit changePriorities(const model::Portfolio& /*portfolio*/, model::PrioritySettings before, model::PrioritySettings after) {
    Edit edit;
    edit.kind = EditKind::Priorities;
    edit.priorities = SettingsEdit{std::move(before), std::move(after)};
    return edit;
}

Edit editActivity(const model::Portfolio& portfolio, std::optional<model::Activity> before,
                  std::optional<model::Activity> after) {
    Edit edit;
    edit.kind = EditKind::Activity;
    const model::Id highest = after ? after->id : model::kNoId;
    edit.activity = entityEdit(portfolio.activities, std::move(before), std::move(after));
    return withIds(portfolio, std::move(edit), highest);
}

Edit editGoalPlan(const model::Portfolio& portfolio, std::optional<model::GoalPlan> before,
                  std::optional<model::GoalPlan> after) {
    Edit edit;
    edit.kind = EditKind::GoalPlan;
    model::Id highest = after ? after->id : model::kNoId;
    if (after) {
        for (const auto& booking : after->bookings) highest = std::max(highest, booking.id);
    }
    edit.goal_plan = entityEdit(portfolio.goal_plans, std::move(before), std::move(after));
    return withIds(portfolio, std::move(edit), highest);
}

bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward) {
    bool applied = false;
    if (edit.title) {
        portfolio.title = forward ? edit.title->after : edit.title->before;
        applied = true;
    } else if (edit.priorities) {
        // Only from the state the edit was made in, so a stale step cannot overwrite newer settings.
        if (portfolio.priorities == (forward ? edit.priorities->before : edit.priorities->after)) {
            portfolio.priorities = forward ? edit.priorities->after : edit.priorities->before;
            applied = true;
        }
    } else if (edit.customer) {
        applied = applyEntityEdit(portfolio.customers, *edit.customer, forward);
    } else if (edit.activity) {
        applied = applyEntityEdit(portfolio.activities, *edit.activity, forward);
    } else if (edit.goal_plan) {
        applied = applyEntityEdit(portfolio.goal_plans, *edit.goal_plan, forward);
    }
    const model::Id next_id = forward ? edit.next_id_after : edit.next_id_before;
    if (applied && next_id != model::kNoId) portfolio.next_id = next_id;
    return applied;
}

}  // namespace etappe::history
