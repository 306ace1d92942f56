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
    portfolio.next_id = std::max(portfolio.next_id, state->id + 1);
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

Edit addCustomer(const model::Customer& customer, int position) {
    return Edit{EditKind::AddCustomer, CustomerEdit{std::nullopt, customer, position}, std::nullopt};
}

Edit deleteCustomer(const model::Portfolio& portfolio, model::Id id) {
    const int index = portfolio.indexOfCustomer(id);
    std::optional<model::Customer> before;
    if (index >= 0) before = portfolio.customers[static_cast<std::size_t>(index)];
    return Edit{EditKind::DeleteCustomer, CustomerEdit{before, std::nullopt, index}, std::nullopt};
}

Edit changeCustomer(const model::Customer& before, const model::Customer& after) {
    return Edit{EditKind::ChangeCustomer, CustomerEdit{before, after, -1}, std::nullopt};
}

Edit changeTitle(std::string before, std::string after) {
    return Edit{EditKind::ChangeTitle, std::nullopt, TitleEdit{std::move(before), std::move(after)}};
}

bool applyEdit(model::Portfolio& portfolio, const Edit& edit, bool forward) {
    if (edit.title) {
        portfolio.title = forward ? edit.title->after : edit.title->before;
        return true;
    }
    if (!edit.customer) return false;
    const CustomerEdit& c = *edit.customer;
    const auto& target = forward ? c.after : c.before;
    const auto& source = forward ? c.before : c.after;
    const model::Id id = target ? target->id : (source ? source->id : model::kNoId);
    if (id == model::kNoId) return false;
    return placeCustomer(portfolio, id, target, c.position);
}

}  // namespace etappe::history
