#pragma once
#include <string>
#include <unordered_map>

#include "rules/customer_query.h"
#include "rules/derived.h"
#include "rules/reviews.h"
#include "shell/screen.h"
#include "shell/ui_context.h"
#include "views/customer_editor.h"

namespace etappe::app {

// The portfolio screen: a filterable, sortable table of customers next to the
// editor of the selected one.
class CustomersView : public Screen {
public:
    static constexpr ScreenInfo kInfo{"customers", "screen.customers"};
    void draw(UiContext& ctx) override;
    std::vector<Shortcut> shortcuts() override;
    std::string sidebarBadge(const UiContext& ctx) const override;

    // Commands the shell also offers as menu items and shortcuts.
    void addCustomer(UiContext& ctx);
    void requestDeleteSelected() { confirm_delete_ = selected_ != model::kNoId; }
    void focusSearch() { focus_search_ = true; }

    model::Id selectedId() const { return selected_; }
    void select(UiContext& ctx, model::Id id);
    const rules::CustomerQuery& query() const { return query_; }
    int listRecomputations() const { return cache_.recomputations(); }

private:
    void drawToolbar(UiContext& ctx, int shown, int total);
    void drawTable(UiContext& ctx, const std::vector<int>& rows);
    void drawDeleteConfirmation(UiContext& ctx);
    // The "review due" marker after a customer's name; a click opens the review.
    void drawReviewDue(UiContext& ctx, const rules::DueReview& oldest, int count);
    struct DueOfCustomer {
        rules::DueReview oldest;
        int count = 0;
    };
    const std::unordered_map<model::Id, DueOfCustomer>& dueByCustomer(const UiContext& ctx);

    rules::CustomerQuery query_;
    rules::CustomerListCache cache_;
    CustomerEditor editor_;
    model::Id selected_ = model::kNoId;
    bool focus_search_ = false;
    bool confirm_delete_ = false;
    bool scroll_to_selected_ = false;
    rules::Derived<std::unordered_map<model::Id, DueOfCustomer>> due_by_customer_;
};

}  // namespace etappe::app
