#include "views/customer_draft.h"

#include <imgui.h>

#include "history/edit.h"

namespace etappe::app {

model::Customer* CustomerDraft::sync(const UiContext& ctx, model::Id customer_id) {
    const model::Customer* stored = ctx.portfolio().findCustomer(customer_id);
    if (!stored) {
        draft_.reset();
        return nullptr;
    }
    const bool other_customer = !draft_ || draft_->id != customer_id;
    const bool document_changed = revision_ != ctx.document.revision();
    // Never overwrite the draft under a field the user is typing in.
    if (other_customer || (document_changed && !ImGui::IsAnyItemActive())) {
        draft_ = *stored;
        revision_ = ctx.document.revision();
    }
    return &*draft_;
}

void CustomerDraft::commit(UiContext& ctx) {
    if (!draft_) return;
    const model::Customer* stored = ctx.portfolio().findCustomer(draft_->id);
    if (!stored) return;
    if (draft_->name.empty()) draft_->name = stored->name;  // a customer always keeps a name
    if (*stored != *draft_) ctx.apply(history::changeCustomer(ctx.portfolio(), *stored, *draft_));
    draft_ = *ctx.portfolio().findCustomer(draft_->id);
    revision_ = ctx.document.revision();
}

void CustomerDraft::commitIfLeft(UiContext& ctx) {
    if (ImGui::IsItemDeactivatedAfterEdit()) commit(ctx);
}

void CustomerDraft::commitWhenIdle(UiContext& ctx) {
    if (!ImGui::IsAnyItemActive()) commit(ctx);
}

}  // namespace etappe::app
