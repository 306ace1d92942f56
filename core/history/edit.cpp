#include "history/edit.h"

#include <algorithm>

namespace etappe::history {

namespace {

std::size_t bytesOf(const model::Customer& c) {
    std::size_t bytes = sizeof(c) + c.name.capacity() + c.industry.capacity() + c.city.capacity() +
                        c.notes.capacity() + c.created_on.capacity();
    for (const auto& contact : c.contacts) {
        bytes += sizeof(contact) + contact.name.capacity() + contact.role.capacity() + contact.email.capacity() +
                 contact.phone.capacity();
    }
    return bytes;
}

// Puts `state` in place of the customer with `id` (or removes it when state is
// empty, or inserts it at `position` when it is not there yet).
bool placeCustomer(model::Portfolio& portfolio, model::Id id, const std::optional<model::Customer>& state,
                   int position) {
    const int index = portfolio.indexOfCustomer(id);
    auto& list = portfolio.customers;
    if (!state) {
        if (index < 0) return false;
        list.erase(list.begin() + index);
        return true;
    }
    if (index >= 0) {
        list[static_cast<std::size_t>(index)] = *state;
        return true;
    }
    const int clamped = std::clamp(position < 0 ? static_cast<int>(list.size()) : position, 0,
                                   static_cast<int>(list.size()));
    list.insert(list.begin() + clamped, *state);
    return true;
}

}  // namespace

std::size_t Edit::approximateBytes() const {
    std::size_t bytes = sizeof(Edit);
    if (customer) {
        if (customer->before) bytes += bytesOf(*customer->before);
        if (customer->after) bytes += bytesOf(*customer->after);
    }
    if (title) bytes += title->before.capacity() + title->after.capacity();
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
Edit customerEdit(const model::Portfolio& portfolio, EditKind kind, CustomerEdit change) {
    Edit edit;
    edit.kind = kind;
    edit.next_id_before = portfolio.next_id;
    edit.next_id_after = change.after ? nextFreeId(portfolio, &*change.after) : portfolio.next_id;
    edit.customer = std::move(change);
    return edit;
}
}  // namespace

Edit addCustomer(const model::Portfolio& portfolio, const model::Customer& customer, int position) {
    return customerEdit(portfolio, EditKind::AddCustomer, CustomerEdit{std::nullopt, customer, position});
}

Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id) {
    const int index = portfolio.indexOfCustomer(id);
    std::optional<model::Customer> before;
    if (index >= 0) before = portfolio.customers[static_cast<std::size_t>(index)];
    return customerEdit(portfolio, EditKind::DeleteCustomer, CustomerEdit{before, std::nullopt, index});
}

Edit changeCustomer(const model::Portfolio& portfolio, const model::Customer& before, const model::Customer& after) {
    return customerEdit(portfolio, EditKind::ChangeCustomer, CustomerEdit{before, after, -1});
}

Edit changeTitle(std::string before, std::string after) {
    Edit edit;
    edit.kind = EditKind::ChangeTitle;
    edit.title = TitleEdit{std::move(before), std::move(after)};
    return edit;
}

bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward) {
    bool applied = false;
    if (edit.title) {
        portfolio.title = forward ? edit.title->after : edit.title->before;
        applied = true;
    } else if (edit.customer) {
        const CustomerEdit& c = *edit.customer;
        const auto& target = forward ? c.after : c.before;
        const auto& source = forward ? c.before : c.after;
        const model::Id id = target ? target->id : (source ? source->id : model::kNoId);
        applied = id != model::kNoId && placeCustomer(portfolio, id, target, c.position);
    }
    const model::Id next_id = forward ? edit.next_id_after : edit.next_id_before;
    if (applied && next_id != model::kNoId) portfolio.next_id = next_id;
    return applied;
}

}  // namespace etappe::history
