#include "views/activities_view.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "dates/clock.h"
#include "dates/date_format.h"
#include "dates/example_date.h"
#include "dates/iso_date.h"
#include "ui/fit.h"
#include "ui/fonts.h"
#include "ui/keys.h"
#include "ui/probe.h"
#include "ui/theme.h"

namespace etappe::app {

namespace {

constexpr std::array<const char*, 6> kBucketKeys = {"agenda.overdue", "agenda.today",   "agenda.this_week",
                                                    "agenda.later",   "agenda.undated", "agenda.closed"};

ImVec4 bucketColour(rules::AgendaBucket bucket) {
    switch (bucket) {
        case rules::AgendaBucket::Overdue: return ui::kDanger;
        case rules::AgendaBucket::Today: return ui::kAccent;
        case rules::AgendaBucket::Closed: return ui::kMutedText;
        default: return ImGui::GetStyleColorVec4(ImGuiCol_Text);
    }
}

// "Meeting: Extend the framework contract · Strassberger", the date in front where the list needs it.
std::string meetingText(const UiContext& ctx, const rules::Meeting& meeting) {
    std::string text = ctx.tr.text(meeting.reduced() ? "agenda.reduced_contact" : "agenda.meeting");
    const model::ConversationPlan* plan = meeting.reduced() ? nullptr : ctx.portfolio().findPlan(meeting.plan_id);
    if (plan && !plan->goal.empty()) text += ": " + plan->goal;
    if (const model::Customer* customer = ctx.portfolio().findCustomer(meeting.customer_id))
        text += "  · " + customer->name;
    return text;
}

}  // namespace

const rules::CoachVerdict& ActivitiesView::verdictFor(const UiContext& ctx, const model::Activity& activity) {
    return verdicts_.get(ctx.derivedKey(), activity.id,
                         [&] { return rules::reviewActivity(activity, &ctx.portfolio(), ctx.today); });
}

void ActivitiesView::addFromText(UiContext& ctx, const std::string& text) {
    if (ctx.read_only || text.empty()) return;
    model::Activity activity;
    activity.id = history::nextFreeId(ctx.portfolio());
    activity.action = text;
    // A date and time written in the sentence become the activity's, so the agenda can place it.
    rules::fillFieldsFromText(activity, ctx.today);
    if (ctx.apply(history::editActivity(ctx.portfolio(), std::nullopt, activity))) selected_ = activity.id;
}

void ActivitiesView::draw(UiContext& ctx) {
    if (anchor_.empty()) anchor_ = ctx.today;
    drawToolbar(ctx);
    // The editor sits beside the agenda while both keep room, else under it.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // A calendar's seven columns need about 6.5 em each to show time and customer.
    const float first_min = mode_ == Mode::Agenda ? ui::em(28.0f) : ui::em(46.0f);
    const ui::PaneSplit split = ui::splitPanes(avail.x, ImGui::GetStyle().ItemSpacing.x, first_min, ui::em(22.0f), 0.6f);
    // A calendar needs more of the height than the list of the agenda.
    const float first_share = mode_ == Mode::Agenda ? 0.45f : 0.62f;
    const float agenda_height = split.stacked ? ui::stackedFirstHeight(avail.y, first_share, ui::em(9.0f), ui::em(10.0f)) : 0.0f;
    ImGui::BeginChild("agenda", ImVec2(split.stacked ? 0.0f : split.first_width, agenda_height));
    switch (mode_) {
        case Mode::Agenda: drawAgenda(ctx); break;
        case Mode::Week: drawCalendar(ctx, false); break;
        case Mode::Month: drawCalendar(ctx, true); break;
    }
    ImGui::EndChild();
    if (!split.stacked) ImGui::SameLine();
    ImGui::BeginChild("activity_editor", ImVec2(0, 0), true);
    drawEditor(ctx);
    ImGui::EndChild();
}

void ActivitiesView::drawToolbar(UiContext& ctx) {
    const auto& tr = ctx.tr;
    for (const auto& [mode, key] : {std::pair{Mode::Agenda, "activities.agenda"}, {Mode::Week, "activities.week"},
                                    {Mode::Month, "activities.month"}}) {
        if (mode != Mode::Agenda) ImGui::SameLine();
        if (ImGui::RadioButton(tr.label(key), mode_ == mode)) mode_ = mode;
    }
    // The quick entry needs room for a sentence: in a narrow window it starts a line of its own.
    const float add_width = ui::buttonWidth(tr.label("activities.add"));
    ImGui::SameLine(0, ui::em(2.0f));
    if (ImGui::GetContentRegionAvail().x < ui::em(20.0f) + add_width) ImGui::NewLine();
    ImGui::BeginDisabled(ctx.read_only);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - add_width - ImGui::GetStyle().ItemSpacing.x);
    const bool entered = ImGui::InputTextWithHint("##quick", dates::withExampleDate(tr, "activities.quick_hint", ctx.today).c_str(),
                                                  &quick_entry_, ImGuiInputTextFlags_EnterReturnsTrue);
    ui::reportItem("activities.quick");
    ImGui::SameLine();
    if ((ImGui::Button(tr.label("activities.add"), ImVec2(-FLT_MIN, 0)) || entered) && !quick_entry_.empty()) {
        addFromText(ctx, quick_entry_);
        quick_entry_.clear();
    }
    ImGui::EndDisabled();
}

std::string ActivitiesView::entryLabel(const UiContext& ctx, const model::Activity& activity) const {
    std::string label = activity.date.empty() ? std::string("—") : dates::formatIsoDate(activity.date, ctx.language());
    if (!activity.time.empty()) label += " " + activity.time;
    label += "  " + (activity.action.empty() ? std::string(ctx.tr.text("activity.no_action")) : activity.action);
    if (const model::Customer* customer = ctx.portfolio().findCustomer(activity.customer_id)) label += "  · " + customer->name;
    return label;
}

const rules::Agenda& ActivitiesView::agenda(const UiContext& ctx) {
    return agenda_.get(ctx.derivedKey(),
                       [&] { return rules::buildAgenda(ctx.portfolio(), ctx.today, &ctx.classification); });
}

void ActivitiesView::drawMeeting(UiContext& ctx, const rules::Meeting& meeting, const std::string& label, int max_lines) {
    const std::string probe = meeting.reduced() ? "reduced." + std::to_string(meeting.customer_id)
                                                : std::to_string(meeting.plan_id);
    ImGui::PushID(("meeting." + probe).c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccent);
    // As wide as the cell, wrapped and cut with "…" like the activities: a long name stays in its day's column.
    const std::string text = "◆ " + label;
    if (ui::wrappedSelectable(text, "meeting", false, max_lines))
        ctx.navigate = NavigationRequest{"plan", meeting.customer_id, meeting.plan_id};
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", text.c_str(), ctx.tr.text("agenda.open_plan"));
    ui::reportItem("activities.meeting." + probe);
    ImGui::PopID();
}

void ActivitiesView::drawAgenda(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const auto& activities = ctx.portfolio().activities;
    const rules::Agenda& agenda = this->agenda(ctx);
    if (!ctx.presenting) drawReviewsDue(ctx);
    drawMissingNextSteps(ctx);
    if (agenda.entries.empty()) {
        ui::hintText(tr.text("activities.none_yet"));
        return;
    }
    // With nothing selected, open the first activity rather than an empty editor.
    if (!ctx.portfolio().findActivity(selected_)) {
        for (const rules::AgendaEntry& entry : agenda.entries) {
            if (entry.activity_index < 0) continue;
            selected_ = activities[static_cast<std::size_t>(entry.activity_index)].id;
            break;
        }
    }
    // One flat list of rows (bucket headings and entries) so the clipper can skip what is off screen.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(agenda.entries.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const rules::AgendaEntry& entry = agenda.entries[static_cast<std::size_t>(row)];
            const bool first_of_bucket = row == 0 || agenda.entries[static_cast<std::size_t>(row - 1)].bucket != entry.bucket;
            if (first_of_bucket) {
                ImGui::PushFont(ui::boldFont());
                ImGui::TextColored(bucketColour(entry.bucket), "%s (%d)", tr.text(kBucketKeys[static_cast<std::size_t>(entry.bucket)]),
                                   agenda.counts[static_cast<std::size_t>(entry.bucket)]);
                ImGui::PopFont();
            }
            if (entry.meeting_index >= 0) {
                const rules::Meeting& meeting = agenda.meetings[static_cast<std::size_t>(entry.meeting_index)];
                std::string when = dates::formatIsoDate(meeting.date, ctx.language());
                if (!meeting.time.empty()) when += " " + meeting.time;
                drawMeeting(ctx, meeting, when + "  " + meetingText(ctx, meeting), 1);
                continue;
            }
            const model::Activity& activity = activities[static_cast<std::size_t>(entry.activity_index)];
            ImGui::PushID(static_cast<int>(activity.id));
            const bool concrete = verdictFor(ctx, activity).concrete() || entry.bucket == rules::AgendaBucket::Closed;
            ImGui::TextColored(concrete ? ui::kSuccess : ui::kWarning, "%s", concrete ? "✓" : "⚑");
            if (!concrete && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.text("activities.flag_tooltip"));
            ImGui::SameLine();
            ImGui::PushStyleColor(ImGuiCol_Text, entry.bucket == rules::AgendaBucket::Closed ? ui::kMutedText
                                                                                            : ImGui::GetStyleColorVec4(ImGuiCol_Text));
            if (ui::fittedSelectable(entryLabel(ctx, activity), "entry", activity.id == selected_)) selected_ = activity.id;
            ui::reportItem("activities.row." + std::to_string(activity.id));
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
    }
}

void ActivitiesView::drawReviewsDue(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const std::vector<rules::DueReview>& due = due_reviews_.get(ctx.derivedKey(), [&] {
        return rules::reviewsDue(ctx.portfolio(), ctx.today, &ctx.classification);
    });
    if (due.empty()) return;
    ImGui::PushFont(ui::boldFont());
    ImGui::TextColored(ui::kWarning, "%s (%d)", tr.text("review.due"), static_cast<int>(due.size()));
    ImGui::PopFont();
    ui::reportItem("activities.reviews_due");
    // Oldest first, as the rules sort them: the longer a meeting waits, the less of it is remembered.
    const std::size_t shown = std::min<std::size_t>(due.size(), 5);
    for (std::size_t i = 0; i < shown; ++i) {
        const rules::DueReview& d = due[i];
        if (!ctx.portfolio().findCustomer(d.customer_id)) continue;
        ImGui::PushID(static_cast<int>(i));
        const std::string text = meetingText(ctx, rules::Meeting{d.customer_id, d.plan_id, d.date, ""});
        ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccent);
        if (ui::fittedSelectable("✎ " + dates::formatIsoDate(d.date, ctx.language()) + "  " + text, "due", false))
            ctx.navigate = NavigationRequest{"review", d.customer_id, d.plan_id, model::kNoId, d.date};
        ImGui::PopStyleColor();
        // The whole text too: a long goal cuts the customer's name off the row.
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", text.c_str(), tr.text("agenda.start_review"));
        ui::reportItem("activities.review_due." + std::to_string(i));
        // The method recommends reviewing within 24 hours: say when that has passed.
        char when[200];
        if (d.past_24_hours()) std::snprintf(when, sizeof when, tr.text("review.due_days"), d.days_ago);
        else std::snprintf(when, sizeof when, "%s", tr.text("review.due_yesterday"));
        ImGui::Indent(ui::em(1.2f));
        ImGui::PushStyleColor(ImGuiCol_Text, d.past_24_hours() ? ui::kWarning : ui::kMutedText);
        ImGui::TextWrapped("%s", when);
        ImGui::PopStyleColor();
        ui::reportItem("activities.review_due." + std::to_string(i) + (d.past_24_hours() ? ".late" : ".fresh"));
        ImGui::Unindent(ui::em(1.2f));
        ImGui::PopID();
    }
    if (due.size() > shown) {
        ImGui::TextColored(ui::kMutedText, tr.text("activities.and_more"), static_cast<int>(due.size() - shown));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr.label("agenda.all_reviews"))) ctx.navigate = NavigationRequest{"review"};
        ui::reportItem("activities.all_reviews");
    }
    ImGui::Separator();
}

void ActivitiesView::drawMissingNextSteps(UiContext& ctx) {
    const auto& tr = ctx.tr;
    const std::vector<model::Id>& missing_next = missing_next_.get(ctx.derivedKey(), [&] {
        return rules::aCustomersWithoutNextActivity(ctx.portfolio(), ctx.today, &ctx.classification);
    });
    if (missing_next.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kWarning);
    ImGui::TextWrapped("%s", tr.text("activities.a_without_next"));
    ImGui::PopStyleColor();
    // Only a handful are shown; the rest are summarised, so a large portfolio stays fast.
    const std::size_t shown = std::min<std::size_t>(missing_next.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) {
        const model::Customer* c = ctx.portfolio().findCustomer(missing_next[i]);
        if (!c) continue;
        ImGui::PushID(static_cast<int>(c->id));
        ImGui::BulletText("%s", c->name.c_str());
        ImGui::SameLine();
        ImGui::BeginDisabled(ctx.read_only);
        const bool plan_next = ImGui::SmallButton(tr.label("activities.plan_next"));
        ui::reportItem("activities.plan_next." + std::to_string(c->id));
        if (plan_next) {
            // The newest plan says whom the rep met and where the process stands.
            const model::Activity activity = rules::activityFromPlan(*c, c->plans.empty() ? nullptr : &c->plans.back(),
                                                                     history::nextFreeId(ctx.portfolio()), ctx.today);
            if (ctx.apply(history::editActivity(ctx.portfolio(), std::nullopt, activity))) selected_ = activity.id;
        }
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    if (missing_next.size() > shown) ImGui::TextColored(ui::kMutedText, tr.text("activities.and_more"), static_cast<int>(missing_next.size() - shown));
    ImGui::Separator();
}

}  // namespace etappe::app
