#pragma once
#include <vector>

#include "model/customer.h"
#include "rules/derived.h"
#include "shell/ui_context.h"

namespace etappe::app {

// What happened with one customer: its meetings (conversation plans and the
// reduced plan's next contact) and its activities with their outcomes, newest
// first, and (not while presenting) the rep's reviews of its meetings. Each
// entry opens where it is edited.
class CustomerHistory {
public:
    void draw(UiContext& ctx, const model::Customer& customer);

private:
    void drawReviews(UiContext& ctx, const model::Customer& customer);

    // The customer's activities (indices), newest first: once per revision, day and customer.
    rules::Derived<std::vector<int>, std::pair<rules::DerivedKey, model::Id>> activities_;
};

}  // namespace etappe::app
