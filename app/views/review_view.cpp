#include "views/review_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "dates/date_format.h"
#include "exports/review_report.h"
#include "method/knowledge_areas.h"
#include "method/reduced_elements.h"
#include "rules/activity_coach.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/review_charts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace etappe::app {

namespace {

std::string stepKey(std::size_t step) {
    return "step." + std::string(method::conversationStepKey(method::conversationStepAt(step)));
}

std::string meetingTitle(const UiContext& ctx, const model::Review& r) {
    if (const model::ConversationPlan* plan = r.plan_id == model::kNoId ? nullptr : ctx.portfolio().findPlan(r.plan_id))
        if (!plan->goal.empty()) return plan->goal;
    if (!r.title.empty()) return r.title;
    return ctx.tr.text(r.process == model::ReviewProcess::Reduced ? "review.process_reduced" : "review.adhoc_title");
}

bool treatedAsA(const UiContext& ctx, const model::Review& r) { return ctx.treatedAsA(r.customer_id); }

ImVec4 outcomeColour(model::ReviewOutcome outcome) {
    switch (outcome) {
        case model::ReviewOutcome::Order: return ui::kSuccess;
        case model::ReviewOutcome::Advance: return ui::kAccent;
        case model::ReviewOutcome::Continuation: return ui::kWarning;
        case model::ReviewOutcome::NoSale: return ui::kDanger;
        case model::ReviewOutcome::Unset: break;
    }
    return ui::kMutedText;
}

ImVec4 ratingColour(model::StepRating rating) {
    switch (rating) {
        case model::StepRating::Well: return ui::kSuccess;
        case model::StepRating::Partly: return ui::kWarning;
        case model::StepRating::Missed: return ui::kDanger;
        default: return ui::kMutedText;
    }
}

// Small toggle buttons for one choice out of several; returns true when the choice changed.
template <class Enum, std::size_t N>
bool choiceButtons(const char* id, Enum& value, const std::array<Enum, N>& options, const std::array<std::string, N>& labels,
                   const std::array<ImVec4, N>* colours = nullptr) {
    bool changed = false;
    ImGui::PushID(id);
    for (std::size_t i = 0; i < N; ++i) {
        if (i > 0) ImGui::SameLine();
        const bool on = value == options[i];
        if (on) {
            const ImVec4 colour = colours ? (*colours)[i] : ui::kAccent;
            ImGui::PushStyleColor(ImGuiCol_Button, colour);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colour);
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::SmallButton(labels[i].c_str())) {
            value = options[i];
            changed = true;
        }
        ui::reportItem(std::string(id) + "." + std::to_string(i));
        ImGui::PopID();
        if (on) ImGui::PopStyleColor(3);
    }
    ImGui::PopID();
    return changed;
}

std::array<std::string, 3> reachedLabels(const i18n::Translator& tr) {
    return {tr.text("review.reached.yes"), tr.text("review.reached.partly"), tr.text("review.reached.no")};
}
constexpr std::array<model::Reached, 3> kReachedChoices = {model::Reached::Yes, model::Reached::Partly, model::Reached::No};
const std::array<ImVec4, 3> kReachedColours = {ui::kSuccess, ui::kWarning, ui::kDanger};

void sectionTitle(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::Separator();
}

// A slider for a value with "not given" below its range (shown as –).
bool optionalSlider(const char* label, int& value, int low, int high, int unset) {
    int shown = value == unset ? low : value;
    const bool changed = ImGui::SliderInt(label, &shown, low, high, value == unset ? "–" : "%d");
    if (changed) value = shown;
    return changed;
}

}  // namespace

const std::vector<rules::DueReview>& ReviewView::due(const UiContext& ctx) const {
    return due_.get(ctx.derivedKey(), [&] { return rules::reviewsDue(ctx.portfolio(), ctx.today, &ctx.classification); });
}

std::string ReviewView::sidebarBadge(const UiContext& ctx) const {
    const std::size_t count = due(ctx).size();
    return count == 0 ? std::string() : std::to_string(count);
}

void ReviewView::open(UiContext& ctx, const NavigationRequest& request) {
    const model::Portfolio& p = ctx.portfolio();
    if (request.plan_id != model::kNoId) {
        if (const model::ConversationPlan* plan = p.findPlan(request.plan_id))
            reviewMeeting(ctx, request.customer_id, plan->id, plan->date, false);
        return;
    }
    if (!p.findCustomer(request.customer_id)) return;
    // A reduced contact's meeting (the agenda's "review due"): that meeting's review.
    if (!request.date.empty()) {
        reviewMeeting(ctx, request.customer_id, model::kNoId, request.date, true);
        return;
    }
    // A customer: its due meeting, else its newest review, else a new review of a call today.
    for (const rules::DueReview& d : due(ctx)) {
        if (d.customer_id != request.customer_id) continue;
        reviewMeeting(ctx, d.customer_id, d.plan_id, d.date, d.plan_id == model::kNoId);
        return;
    }
    const auto reviews = rules::reviewsOf(p, request.customer_id);
    if (!reviews.empty()) {
        review_id_ = reviews.front()->id;
        return;
    }
    reviewMeeting(ctx, request.customer_id, model::kNoId, ctx.today, !ctx.treatedAsA(request.customer_id));
}

void ReviewView::reviewMeeting(UiContext& ctx, model::Id customer_id, model::Id plan_id, const std::string& date, bool reduced) {
    const model::Portfolio& p = ctx.portfolio();
    if (plan_id != model::kNoId || reduced) {
        if (const model::Review* existing = rules::reviewOfMeeting(p, customer_id, plan_id, date)) {
            review_id_ = existing->id;
            return;
        }
    }
    model::Review review = rules::startReview(p, customer_id, plan_id, date, reduced, ctx.today);
    review.id = history::nextFreeId(p);
    if (ctx.apply(history::editReview(p, std::nullopt, review))) review_id_ = review.id;
}

void ReviewView::draw(UiContext& ctx) {
    if (!default_chosen_) {
        default_chosen_ = true;
        if (review_id_ == model::kNoId)
            if (const model::Review* latest = rules::latestReview(ctx.portfolio(), &ctx.classification)) review_id_ = latest->id;
    }
    const float list_width = std::min(ui::em(20.0f), ImGui::GetContentRegionAvail().x * 0.34f);
    ImGui::BeginChild("##review_list", ImVec2(list_width, 0), true);
    drawList(ctx);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##review_body", ImVec2(0, 0), false);
    model::Review* review = draft_.sync(ctx, review_id_);
    if (!review) {
        ui::hintText(ctx.tr.text(ctx.portfolio().reviews.empty() ? "review.none_yet" : "review.choose"));
    } else {
        ImGui::BeginDisabled(ctx.read_only);
        drawReview(ctx, *review);
        ImGui::EndDisabled();
        draft_.commitWhenIdle(ctx);
    }
    ImGui::EndChild();
    if (auto path = export_dialog_.draw(ctx.tr)) exportTo(ctx, *path);
}

void ReviewView::exportTo(UiContext& ctx, const std::string& path) {
    const model::Review* stored = ctx.portfolio().findReview(review_id_);
    if (!stored) return;
    const auto result = exports::writeReview(path, ctx.portfolio(), *stored, ctx.tr, true);
    if (result.ok()) ctx.rememberExport(path);
    char text[600];
    std::snprintf(text, sizeof text, ctx.tr.text(result.ok() ? "review.exported" : "review.export_failed"), path.c_str());
    ctx.status(text);
}

void ReviewView::drawList(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const model::Portfolio& p = ctx.portfolio();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("review.due"));
    ImGui::PopFont();
    const auto& due_list = due(ctx);
    if (due_list.empty()) ui::hintText(tr.text("review.due_none"));
    for (std::size_t i = 0; i < due_list.size(); ++i) {
        const rules::DueReview d = due_list[i];
        const model::Customer* customer = p.findCustomer(d.customer_id);
        if (!customer) continue;
        ImGui::PushID(static_cast<int>(i));
        ImGui::TextWrapped("%s", customer->name.c_str());
        char when[200];
        if (d.past_24_hours()) std::snprintf(when, sizeof when, tr.text("review.due_days"), d.days_ago);
        else std::snprintf(when, sizeof when, "%s", tr.text("review.due_yesterday"));
        ImGui::PushStyleColor(ImGuiCol_Text, d.past_24_hours() ? ui::kWarning : ui::kMutedText);
        ImGui::TextWrapped("%s · %s", dates::formatIsoDate(d.date, tr.language()).c_str(), when);
        ImGui::PopStyleColor();
        if (ImGui::SmallButton(tr.label("review.start"))) reviewMeeting(ctx, d.customer_id, d.plan_id, d.date, d.plan_id == model::kNoId);
        ui::reportItem("review.due." + std::to_string(i));
        ImGui::Separator();
        ImGui::PopID();
    }
    // A call without a plan, with any customer.
    ImGui::Spacing();
    const model::Customer* chosen = p.findCustomer(adhoc_customer_);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##adhoc_customer", chosen ? chosen->name.c_str() : tr.text("review.adhoc_customer"))) {
        for (const model::Customer& c : p.customers)
            if (ImGui::Selectable(c.name.c_str(), c.id == adhoc_customer_)) adhoc_customer_ = c.id;
        ImGui::EndCombo();
    }
    ImGui::BeginDisabled(!chosen || ctx.read_only);
    if (ImGui::Button(tr.label("review.adhoc")) && chosen)
        reviewMeeting(ctx, chosen->id, model::kNoId, ctx.today, !ctx.treatedAsA(chosen->id));
    ImGui::EndDisabled();
    ui::reportItem("review.adhoc");

    ImGui::Spacing();
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("review.list"));
    ImGui::PopFont();
    ui::hintText(tr.text("review.private"));
    // Newest meeting first.
    std::vector<const model::Review*> reviews;
    for (const model::Review& r : p.reviews) reviews.push_back(&r);
    std::sort(reviews.begin(), reviews.end(), [](const model::Review* a, const model::Review* b) {
        return a->meeting_date != b->meeting_date ? a->meeting_date > b->meeting_date : a->id > b->id;
    });
    for (const model::Review* r : reviews) {
        const model::Customer* customer = p.findCustomer(r->customer_id);
        ImGui::PushID(static_cast<int>(r->id));
        const std::string label = dates::formatIsoDate(r->meeting_date, tr.language()) + "  " + (customer ? customer->name : "");
        if (ImGui::Selectable(label.c_str(), r->id == review_id_)) review_id_ = r->id;
        ui::reportItem("review.item." + std::to_string(r->id));
        ImGui::Indent();
        ImGui::TextColored(outcomeColour(r->outcome), "%s", tr.text("review.outcome." + std::string(model::outcomeKey(r->outcome))));
        ImGui::SameLine();
        const bool complete = rules::reviewComplete(*r, p, treatedAsA(ctx, *r));
        ImGui::TextColored(complete ? ui::kSuccess : ui::kMutedText, "· %s", tr.text(complete ? "review.complete" : "review.incomplete"));
        ImGui::Unindent();
        ImGui::PopID();
    }
}

void ReviewView::drawReview(UiContext& ctx, model::Review& review) {
    drawHeader(ctx, review);
    drawOutcome(ctx, review);
    drawReplay(ctx, review);
    drawAttitude(ctx, review);
    drawBalance(ctx, review);
    drawLessons(ctx, review);
    drawFollowUp(ctx, review);
}

void ReviewView::drawHeader(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    const model::Customer* customer = ctx.portfolio().findCustomer(review.customer_id);
    ImGui::PushFont(ui::titleFont());
    ImGui::TextWrapped("%s", customer ? customer->name.c_str() : "");
    ImGui::PopFont();
    ImGui::TextWrapped("%s %s – %s (%s)", tr.text("review.meeting_on"),
                       dates::formatIsoDate(review.meeting_date, tr.language()).c_str(), meetingTitle(ctx, review).c_str(),
                       tr.text(review.process == model::ReviewProcess::Reduced ? "review.process_reduced" : "review.process_full"));
    if (review.plan_deleted) ImGui::TextColored(ui::kWarning, "%s", tr.text("review.meeting_deleted"));
    if (review.plan_id == model::kNoId && !review.plan_deleted) {
        ImGui::SetNextItemWidth(std::min(ui::em(26.0f), ImGui::GetContentRegionAvail().x));
        ImGui::InputTextWithHint("##title", tr.text("review.title_hint"), &review.title);
        draft_.commitIfLeft(ctx);
    }
    // What is still open, so the rep sees at once whether the review is done.
    const auto gaps = rules::reviewGaps(review, ctx.portfolio(), treatedAsA(ctx, review));
    if (gaps.empty()) {
        ImGui::TextColored(ui::kSuccess, "✓ %s", tr.text("review.is_complete"));
    } else {
        std::string open;
        for (const auto gap : gaps) open += (open.empty() ? "" : ", ") + std::string(tr.text("review.gap." + std::string(rules::reviewGapKey(gap))));
        ImGui::TextColored(ui::kWarning, "%s %s", tr.text("review.gaps"), open.c_str());
    }
    ui::reportItem("review.gaps");
    if (review.plan_id != model::kNoId) {
        if (ImGui::SmallButton(tr.label("review.open_plan")))
            ctx.navigate = NavigationRequest{"plan", review.customer_id, review.plan_id};
        ImGui::SameLine();
    }
    ImGui::TextUnformatted(tr.text("review.export"));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("review.export_md"))) {
        export_dialog_.show(ui::FileDialog::Mode::Save, ctx.exportFolder(), "review.md", {".md", ".html"}, "review");
    }
    ui::reportItem("review.export_md");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("review.export_html"))) {
        export_dialog_.show(ui::FileDialog::Mode::Save, ctx.exportFolder(), "review.html", {".html", ".md"}, "review");
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr.label("review.delete"))) {
        if (const model::Review* stored = ctx.portfolio().findReview(review.id)) {
            if (ctx.apply(history::editReview(ctx.portfolio(), *stored, std::nullopt))) {
                review_id_ = model::kNoId;
                ctx.status(tr.text("review.deleted"));
            }
        }
    }
}

void ReviewView::drawOutcome(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.outcome"));
    std::array<std::string, 4> labels;
    std::array<ImVec4, 4> colours;
    for (std::size_t i = 0; i < 4; ++i) {
        labels[i] = tr.text("review.outcome." + std::string(model::outcomeKey(model::kOutcomes[i])));
        colours[i] = outcomeColour(model::kOutcomes[i]);
    }
    choiceButtons("review.outcome", review.outcome, model::kOutcomes, labels, &colours);
    if (review.outcome != model::ReviewOutcome::Unset)
        ui::hintText(tr.text("review.outcome." + std::string(model::outcomeKey(review.outcome)) + ".hint"));
    ImGui::TextUnformatted(tr.text("review.goal_reached"));
    ImGui::SameLine();
    choiceButtons("review.goal", review.goal_reached, kReachedChoices, reachedLabels(tr), &kReachedColours);
    if (!review.goal_lines.empty()) {
        ImGui::TextUnformatted(tr.text("review.goal_lines"));
        for (std::size_t i = 0; i < review.goal_lines.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::Checkbox(review.goal_lines[i].text.c_str(), &review.goal_lines[i].reached);
            ImGui::PopID();
        }
    }
    ImGui::TextUnformatted(tr.text("review.agreed"));
    ui::wrappedTextEditor("##agreed", review.agreed, 0.0f, 3);
    draft_.commitIfLeft(ctx);
}

void ReviewView::drawReplay(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.replay"));
    ui::hintText(tr.text("review.replay_hint"));
    const bool reduced = review.process == model::ReviewProcess::Reduced;
    const model::Customer* customer = ctx.portfolio().findCustomer(review.customer_id);
    const model::ConversationPlan* plan = review.plan_id == model::kNoId ? nullptr : ctx.portfolio().findPlan(review.plan_id);
    std::array<std::string, 4> labels;
    std::array<ImVec4, 4> colours;
    for (std::size_t i = 0; i < 4; ++i) {
        labels[i] = tr.text("review.rating." + std::string(model::ratingKey(model::kRatings[i])) + ".short");
        colours[i] = ratingColour(model::kRatings[i]);
    }
    const std::size_t rows = reduced ? review.elements.size() : review.steps.size();
    if (ImGui::BeginTable("##replay", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(tr.text(reduced ? "dev.step" : "dev.step"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableSetupColumn(tr.text("review.planned"), ImGuiTableColumnFlags_WidthStretch, 0.8f);
        ImGui::TableSetupColumn(tr.text("review.how_it_went"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < rows; ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            std::string name;
            std::string planned;
            bool was_planned = false;
            if (reduced) {
                name = std::to_string(i + 1) + " · " + tr.text("reduced." + std::string(method::kReducedElements[i]) + ".name");
                was_planned = customer && customer->reduced_plan.done[i];
                planned = tr.text(was_planned ? "review.prepared" : "review.not_prepared");
            } else {
                name = std::to_string(i + 1) + " · " + tr.text(stepKey(i) + ".name");
                if (plan) {
                    int ticks = 0;
                    for (const bool tick : plan->steps[i].checkpoints) ticks += tick;
                    was_planned = ticks > 0;
                    planned = std::to_string(ticks) + "/3";
                } else {
                    planned = tr.text("review.no_plan");
                }
            }
            ImGui::TextUnformatted(name.c_str());
            if (ImGui::IsItemHovered() && !reduced) ImGui::SetTooltip("%s", tr.text(stepKey(i) + ".coaching"));
            ImGui::TableNextColumn();
            model::StepRating& rating = reduced ? review.elements[i] : review.steps[i];
            // The gap: planned but missed shows red, done well without a plan shows as a pleasant surprise.
            const bool gap = was_planned && rating == model::StepRating::Missed;
            ImGui::TextColored(gap ? ui::kDanger : ui::kMutedText, "%s", planned.c_str());
            ImGui::TableNextColumn();
            choiceButtons(("review.rate." + std::to_string(i)).c_str(), rating, model::kRatings, labels, &colours);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    const bool rest = ImGui::SmallButton(tr.label("review.rest_not_relevant"));
    ui::reportItem("review.rest_not_relevant");
    if (rest) {
        auto fill = [](auto& ratings) {
            for (auto& r : ratings)
                if (r == model::StepRating::Unset) r = model::StepRating::NotRelevant;
        };
        if (reduced) fill(review.elements);
        else fill(review.steps);
    }
}

void ReviewView::drawAttitude(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.attitude"));
    const auto grid = [&](const char* id, model::LifePosition& position) {
        ui::QuadrantGrid g;
        g.row_labels = {tr.text("review.i_ok"), tr.text("review.i_not_ok")};
        g.column_labels = {tr.text("review.you_ok"), tr.text("review.you_not_ok")};
        for (std::size_t i = 0; i < 4; ++i) g.cell_labels[i] = tr.text("review.position." + std::string(model::lifePositionKey(model::kLifePositions[i])));
        g.cell_colours = {ImGui::GetColorU32(ImVec4(0.85f, 0.94f, 0.87f, 1)), ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1)),
                          ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1)), ImGui::GetColorU32(ImVec4(0.97f, 0.87f, 0.86f, 1))};
        for (std::size_t i = 0; i < 4; ++i)
            if (model::kLifePositions[i] == position) g.selected = static_cast<int>(i);
        const float width = std::min(ui::em(22.0f), ImGui::GetContentRegionAvail().x);
        const int clicked = ui::quadrantGrid(id, ImVec2(width, ui::em(8.0f)), g, true);
        if (clicked >= 0) position = model::kLifePositions[static_cast<std::size_t>(clicked)];
    };
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = avail > ui::em(46.0f);
    ImGui::BeginGroup();
    ImGui::TextUnformatted(tr.text("review.own_position"));
    grid("review.own_position", review.own_position);
    ImGui::EndGroup();
    if (side_by_side) ImGui::SameLine(0, ui::em(1.5f));
    ImGui::BeginGroup();
    ImGui::TextUnformatted(tr.text("review.customer_position"));
    grid("review.customer_position", review.customer_position);
    ImGui::EndGroup();
    if (review.own_position != model::LifePosition::Unset) {
        const std::string key = "review.position." + std::string(model::lifePositionKey(review.own_position));
        ImGui::PushFont(ui::boldFont());
        ImGui::TextUnformatted(tr.text(key));
        ImGui::PopFont();
        ImGui::TextWrapped("%s", tr.text(key + ".effect"));
    }
    ImGui::SetNextItemWidth(ui::em(8.0f));
    optionalSlider(tr.label("review.mood_before"), review.mood_before, 1, model::kMoodMax, 0);
    if (ImGui::GetContentRegionAvail().x > ui::em(38.0f)) ImGui::SameLine(0, ui::em(1.5f));
    ImGui::SetNextItemWidth(ui::em(8.0f));
    optionalSlider(tr.label("review.mood_after"), review.mood_after, 1, model::kMoodMax, 0);
    ImGui::TextUnformatted(tr.text("review.assumptions"));
    ui::hintText(tr.text("review.assumptions_hint"));
    const auto labels = reachedLabels(tr);
    bool commit = ui::listEditor("review.assumptions", review.assumptions, tr.text("review.add_assumption"), tr.text("review.remove"),
                                 [&](model::Assumption& a, float width) {
                                     const float buttons = ui::em(13.0f);
                                     const bool left = ui::wrappedTextField("##text", a.text, tr.text("review.assumption_hint"),
                                                                            std::max(ui::em(6.0f), width - buttons));
                                     ImGui::SameLine();
                                     choiceButtons("held", a.held, kReachedChoices, labels, &kReachedColours);
                                     return left;
                                 });
    if (commit) draft_.commit(ctx);
}

void ReviewView::drawBalance(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.balance"));
    const float avail = ImGui::GetContentRegionAvail().x;
    const float square = std::min(ui::em(14.0f), avail * 0.4f);
    // The square on the left, the sliders and the verdict beside it.
    ui::BalanceSquare s;
    s.own = review.own_interests;
    s.customer = review.customer_interests;
    s.met_from = rules::kInterestsMetFrom;
    s.x_label = tr.text("review.axis_own");
    s.y_label = tr.text("review.axis_customer");
    s.quadrant_labels = {tr.text("balance.lose_win.short"), tr.text("balance.win_win.short"), tr.text("balance.lose_lose.short"),
                         tr.text("balance.win_lose.short")};
    s.quadrant_colours = {ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1)), ImGui::GetColorU32(ImVec4(0.85f, 0.94f, 0.87f, 1)),
                          ImGui::GetColorU32(ImVec4(0.97f, 0.87f, 0.86f, 1)), ImGui::GetColorU32(ImVec4(0.98f, 0.92f, 0.84f, 1))};
    ui::balanceSquare("review.balance", ImVec2(square, square), s);
    ImGui::SameLine(0, ui::em(1.0f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushItemWidth(-1);
    ImGui::TextWrapped("%s", tr.text("review.own_interests"));
    optionalSlider("##own", review.own_interests, 0, model::kInterestMax, -1);
    ui::reportItem("review.own_interests");
    ImGui::TextWrapped("%s", tr.text("review.customer_interests"));
    optionalSlider("##customer", review.customer_interests, 0, model::kInterestMax, -1);
    ui::reportItem("review.customer_interests");
    ImGui::PopItemWidth();
    const auto quadrant = rules::balanceQuadrant(review.own_interests, review.customer_interests);
    if (quadrant == rules::BalanceQuadrant::None) {
        ui::hintText(tr.text("review.balance_unset"));
    } else {
        const std::string key = "balance." + std::string(rules::balanceQuadrantKey(quadrant));
        ImGui::PushFont(ui::boldFont());
        ImGui::TextWrapped("%s", tr.text(key + ".name"));
        ImGui::PopFont();
        ImGui::TextWrapped("%s", tr.text(key + ".verdict"));
    }
    ui::hintText(tr.text("review.balance_rule"));
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void ReviewView::drawLessons(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.lessons"));
    // First the question about last time's commitment, then today's lessons.
    if (const model::Review* previous = rules::previousCommitment(ctx.portfolio(), review)) {
        ImGui::TextUnformatted(tr.text("review.previous_commitment"));
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccent);
        ImGui::TextWrapped("„%s“ (%s)", previous->commitment.c_str(),
                           tr.text("review.commitment." + std::string(model::commitmentKindKey(previous->commitment_kind))));
        ImGui::PopStyleColor();
        ImGui::TextUnformatted(tr.text("review.kept"));
        ImGui::SameLine();
        choiceButtons("review.kept", review.previous_commitment_kept, kReachedChoices, reachedLabels(tr), &kReachedColours);
    }
    ImGui::TextUnformatted(tr.text("review.went_well"));
    ui::wrappedTextEditor("##went_well", review.went_well, 0.0f, 2);
    draft_.commitIfLeft(ctx);
    ImGui::TextUnformatted(tr.text("review.do_differently"));
    ui::wrappedTextEditor("##do_differently", review.do_differently, 0.0f, 2);
    draft_.commitIfLeft(ctx);
    ImGui::TextUnformatted(tr.text("review.commitment"));
    constexpr std::array<model::CommitmentKind, 3> kinds = {model::CommitmentKind::Keep, model::CommitmentKind::Start,
                                                            model::CommitmentKind::Stop};
    choiceButtons("review.commitment_kind", review.commitment_kind, kinds,
                  std::array<std::string, 3>{tr.text("review.commitment.keep"), tr.text("review.commitment.start"),
                                             tr.text("review.commitment.stop")});
    ui::wrappedTextField("##commitment", review.commitment, tr.text("review.commitment_hint"), ImGui::GetContentRegionAvail().x);
    ui::reportItem("review.commitment");
    draft_.commitIfLeft(ctx);
}

void ReviewView::makeNextActivity(UiContext& ctx, model::Review& review) {
    const model::Portfolio& p = ctx.portfolio();
    const model::Review* stored = p.findReview(review.id);
    if (!stored) return;
    model::Activity a;
    a.id = history::nextFreeId(p);
    a.customer_id = review.customer_id;
    a.action = next_sentence_;
    a.step_key = review.process == model::ReviewProcess::Reduced ? "reduced.follow_up" : "follow_up";
    rules::fillFieldsFromText(a, ctx.today);
    // The named person, when the sentence names one of the customer's contacts.
    const rules::CoachVerdict verdict = rules::reviewText(next_sentence_, ctx.today);
    if (const model::Customer* customer = p.findCustomer(review.customer_id); customer && verdict.person_in_text) {
        for (const model::Contact& contact : customer->contacts) {
            const auto space = contact.name.rfind(' ');
            const std::string surname = space == std::string::npos ? contact.name : contact.name.substr(space + 1);
            if (!surname.empty() && verdict.person_in_text->find(surname) != std::string::npos) a.contact_id = contact.id;
        }
    }
    // The draft as it stands (it is committed at the end of the frame), with the link.
    model::Review linked = review;
    linked.next_activity_id = a.id;
    // One undo step: the activity and the review's link to it.
    history::Edit edit = history::editActivity(p, std::nullopt, a);
    const model::Id next_id_after = edit.next_id_after;
    edit.append(history::editReview(p, *stored, linked));
    edit.next_id_after = next_id_after;
    if (ctx.apply(std::move(edit))) {
        review.next_activity_id = a.id;
        next_sentence_.clear();
    }
}

void ReviewView::drawFollowUp(UiContext& ctx, model::Review& review) {
    const auto& tr = ctx.tr;
    sectionTitle(tr.text("review.section.follow_up"));
    const model::Portfolio& p = ctx.portfolio();
    ImGui::TextUnformatted(tr.text("review.next_activity"));
    if (const model::Activity* a = review.next_activity_id == model::kNoId ? nullptr : p.findActivity(review.next_activity_id)) {
        ImGui::TextColored(ui::kSuccess, "✓");
        ImGui::SameLine();
        ImGui::TextWrapped("%s %s – %s", tr.text("review.activity_made"), dates::formatIsoDate(a->date, tr.language()).c_str(),
                           a->action.c_str());
        if (ImGui::SmallButton(tr.label("review.open_activity")))
            ctx.navigate = NavigationRequest{"activities", a->customer_id, model::kNoId, a->id};
    } else {
        if (treatedAsA(ctx, review)) ui::hintText(tr.text("review.next_activity_required"));
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##next_activity", tr.text("review.next_activity_hint"), &next_sentence_);
        ui::reportItem("review.next_sentence");
        if (!next_sentence_.empty()) {
            const rules::CoachVerdict verdict = rules::reviewText(next_sentence_, ctx.today);
            if (verdict.concrete()) {
                ImGui::TextColored(ui::kSuccess, "✓ %s", tr.text("coach.verdict.concrete"));
            } else {
                ImGui::TextColored(ui::kWarning, "⚑ %s", tr.text("coach.verdict.flagged"));
                for (const rules::CoachFinding& finding : verdict.findings) {
                    const std::string key = "coach." + std::string(rules::coachFlagKey(finding.flag));
                    char why[512];
                    std::snprintf(why, sizeof why, tr.text(key + ".why"), finding.matched.c_str());
                    ImGui::Bullet();
                    ImGui::TextWrapped("%s", why);
                    ImGui::Indent();
                    ui::hintText(tr.text(key + ".how"));
                    ImGui::Unindent();
                }
            }
            ImGui::BeginDisabled(!verdict.concrete());
            if (ImGui::Button(tr.label("review.make_activity"))) makeNextActivity(ctx, review);
            ui::reportItem("review.make_activity");
            ImGui::EndDisabled();
        }
    }
    // What the call taught about the customer (METHOD §2), offered for update.
    ImGui::Spacing();
    ImGui::TextUnformatted(tr.text("review.knowledge"));
    for (std::size_t i = 0; i < review.knowledge_learned.size(); ++i) {
        if (i % 4 != 0) ImGui::SameLine();
        bool learned = review.knowledge_learned[i];
        const std::string label = std::string(tr.text("knowledge." + std::string(method::knowledgeAreaKey(static_cast<method::KnowledgeArea>(i))) + ".name")) +
                                  "##learned" + std::to_string(i);
        if (ImGui::Checkbox(label.c_str(), &learned)) review.knowledge_learned[i] = learned;
    }
    if (std::any_of(review.knowledge_learned.begin(), review.knowledge_learned.end(), [](bool b) { return b; })) {
        if (ImGui::SmallButton(tr.label("review.update_knowledge")))
            ctx.navigate = NavigationRequest{"customers", review.customer_id};
    }
    // A postponed decision sends the customer back to defence (METHOD §11).
    const model::Customer* customer = p.findCustomer(review.customer_id);
    if (customer && customer->phase == method::SalesPhase::Decision &&
        (review.outcome == model::ReviewOutcome::Continuation || review.goal_reached == model::Reached::No) &&
        review.outcome != model::ReviewOutcome::Unset) {
        ImGui::Spacing();
        ImGui::TextColored(ui::kWarning, "%s", tr.text("review.postponed"));
        if (ImGui::Button(tr.label("review.move_to_defence"))) {
            model::Customer after = *customer;
            after.phase = method::SalesPhase::Defence;
            ctx.apply(history::changeCustomer(p, *customer, after));
        }
        ui::reportItem("review.move_to_defence");
    }
}

}  // namespace etappe::app
