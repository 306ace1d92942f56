#pragma once
// A working copy of one entity (customer, plan, activity, goal plan) that widgets
// edit directly. It is committed as one undoable edit when a field is left, so
// one typed word is one step; it follows the document (undo, redo) whenever
// no field is being edited.
#include <imgui.h>

#include <optional>

#include "history/edit.h"
#include "shell/ui_context.h"

namespace etappe::app {

template <class Entity>
struct DraftTraits;

template <>
struct DraftTraits<model::Customer> {
    static const model::Customer* find(const model::Portfolio& p, model::Id id) { return p.findCustomer(id); }
    static history::Edit change(const model::Portfolio& p, const model::Customer& before, const model::Customer& after) {
        return history::changeCustomer(p, before, after);
    }
    // A customer always keeps a name.
    static void repair(const model::Customer& stored, model::Customer& draft) {
        if (draft.name.empty()) draft.name = stored.name;
    }
};

// A plan is edited as itself: one tick stores the plan, not its customer.
template <>
struct DraftTraits<model::ConversationPlan> {
    static const model::ConversationPlan* find(const model::Portfolio& p, model::Id id) { return p.findPlan(id); }
    static history::Edit change(const model::Portfolio& p, const model::ConversationPlan& before,
                                const model::ConversationPlan& after) {
        model::Id owner = model::kNoId;
        p.findPlan(before.id, &owner);
        return history::editPlan(p, owner, before, after);
    }
    static void repair(const model::ConversationPlan&, model::ConversationPlan&) {}
};

template <>
struct DraftTraits<model::Activity> {
    static const model::Activity* find(const model::Portfolio& p, model::Id id) { return p.findActivity(id); }
    static history::Edit change(const model::Portfolio& p, const model::Activity& before, const model::Activity& after) {
        return history::editActivity(p, before, after);
    }
    static void repair(const model::Activity&, model::Activity&) {}
};

template <>
struct DraftTraits<model::GoalPlan> {
    static const model::GoalPlan* find(const model::Portfolio& p, model::Id id) { return p.findGoalPlan(id); }
    static history::Edit change(const model::Portfolio& p, const model::GoalPlan& before, const model::GoalPlan& after) {
        return history::editGoalPlan(p, before, after);
    }
    static void repair(const model::GoalPlan&, model::GoalPlan&) {}
};

template <>
struct DraftTraits<model::Review> {
    static const model::Review* find(const model::Portfolio& p, model::Id id) { return p.findReview(id); }
    static history::Edit change(const model::Portfolio& p, const model::Review& before, const model::Review& after) {
        return history::editReview(p, before, after);
    }
    static void repair(const model::Review&, model::Review&) {}
};

template <class Entity>
class EntityDraft {
public:
    using Traits = DraftTraits<Entity>;

    // Returns the draft of `id`, or nullptr when it does not exist.
    Entity* sync(const UiContext& ctx, model::Id id) {
        const Entity* stored = Traits::find(ctx.portfolio(), id);
        if (!stored) {
            draft_.reset();
            return nullptr;
        }
        const bool other_entity = !draft_ || draft_->id != id;
        const bool document_changed = revision_ != ctx.document.revision();
        // Never overwrite the draft under a field the user is typing in.
        if (other_entity || (document_changed && !ImGui::IsAnyItemActive())) {
            draft_ = *stored;
            revision_ = ctx.document.revision();
        }
        return &*draft_;
    }

    void commit(UiContext& ctx) {
        if (!draft_) return;
        const Entity* stored = Traits::find(ctx.portfolio(), draft_->id);
        if (!stored) return;
        Traits::repair(*stored, *draft_);
        if (*stored != *draft_) ctx.apply(Traits::change(ctx.portfolio(), *stored, *draft_));
        draft_ = *Traits::find(ctx.portfolio(), draft_->id);
        revision_ = ctx.document.revision();
    }

    // Call right after a text widget.
    void commitIfLeft(UiContext& ctx) {
        if (ImGui::IsItemDeactivatedAfterEdit()) commit(ctx);
    }

    // Call at the end of the frame: commits choices made with non-text widgets.
    void commitWhenIdle(UiContext& ctx) {
        if (!ImGui::IsAnyItemActive()) commit(ctx);
    }

    Entity* get() { return draft_ ? &*draft_ : nullptr; }

private:
    std::optional<Entity> draft_;
    std::uint64_t revision_ = 0;
};

using CustomerDraft = EntityDraft<model::Customer>;

}  // namespace etappe::app
