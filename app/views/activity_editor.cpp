// The editor of one activity, the coach's verdict on it, and the calendar grid.
#include <imgui.h>

#include <algorithm>
#include <imgui_stdlib.h>

#include "dates/calendar_pages.h"
#include "dates/clock.h"
#include "dates/date_format.h"
#include "dates/date_input.h"
#include "dates/iso_date.h"
#include "method/reduced_elements.h"
#include "ui/fit.h"
#include "ui/coach_verdict.h"
#include "ui/fonts.h"
#include "ui/probe.h"
#include "ui/theme.h"
#include "views/activities_view.h"

namespace etappe::app {

namespace {

std::string stepName(const i18n::Translator& tr, const std::string& key) {
    if (key.empty()) return tr.text("activity.no_step");
    if (key.rfind("reduced.", 0) == 0) return tr.text(key + ".name");
    return std::string(tr.text("step." + key + ".name"));
}

// A calendar entry: time and customer first (what a rep scans a calendar for), then as much of the text as fits.
std::string calendarLabel(const UiContext& ctx, const std::string& time, model::Id customer_id, const std::string& text) {
    std::string label = time.empty() ? "" : time + " ";
    if (const model::Customer* customer = ctx.portfolio().findCustomer(customer_id)) label += customer->name + " – ";
    return label + text;
}

// What a meeting is about: its plan's goal, else what kind of meeting it is.
std::string meetingSubject(const UiContext& ctx, const rules::Meeting& meeting) {
    const model::ConversationPlan* plan = meeting.reduced() ? nullptr : ctx.portfolio().findPlan(meeting.plan_id);
    if (plan && !plan->goal.empty()) return plan->goal;
    return ctx.tr.text(meeting.reduced() ? "agenda.reduced_contact" : "agenda.meeting");
}

}  // namespace

void ActivitiesView::drawEditor(UiContext& ctx) {
    const auto& tr = ctx.tr;
    model::Activity* a = draft_.sync(ctx, selected_);
    if (!a) {
        ui::hintText(tr.text("activities.select_hint"));
        return;
    }
    ImGui::BeginDisabled(ctx.read_only);
    ImGui::PushFont(ui::boldFont());
    ImGui::TextUnformatted(tr.text("activity.heading"));
    ImGui::PopFont();
    ui::wrappedTextEditor("##action", a->action, 0.0f, 2);
    ui::reportItem("activity.action");
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        // A day or hour typed into the sentence fills empty fields in the same undo step.
        rules::fillFieldsFromText(*a, ctx.today);
        draft_.commit(ctx);
    }
    drawVerdict(ctx, *a);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr.text("activity.status"));
    for (const auto& [status, key] : {std::pair{model::ActivityStatus::Planned, "activity.planned"},
                                      {model::ActivityStatus::Done, "activity.done"},
                                      {model::ActivityStatus::Cancelled, "activity.cancelled"}}) {
        ImGui::SameLine();
        if (ImGui::RadioButton(tr.label(key), a->status == status)) a->status = status;
        ui::reportItem(key);
    }
    if (ui::beginForm("activity_form", tr, {"activity.date", "activity.time", "activity.duration", "activity.customer",
                                            "activity.contact", "activity.step", "activity.goal"})) {
        ui::formRow(tr.text("activity.date"));
        const auto parse_date = [&ctx](const std::string& text) -> std::optional<std::string> {
            if (text.empty()) return std::string();
            return dates::parseDate(text, ctx.today);
        };
        if (auto date = date_input_.draw("##date", dates::formatIsoDate(a->date, tr.language()), parse_date, tr.text("plan.date_invalid"))) {
            a->date = *date;
            draft_.commit(ctx);
        }
        ui::formRow(tr.text("activity.time"));
        const auto parse_time = [](const std::string& text) -> std::optional<std::string> {
            if (text.empty()) return std::string();
            return dates::parseTime(text);
        };
        if (auto time = time_input_.draw("##time", a->time, parse_time, tr.text("plan.time_invalid"), "14:30")) {
            a->time = *time;
            draft_.commit(ctx);
        }
        ui::formRow(tr.text("activity.duration"));
        if (ImGui::InputInt("##duration", &a->duration_minutes, 15)) a->duration_minutes = std::clamp(a->duration_minutes, 0, 24 * 60);
        draft_.commitIfLeft(ctx);
        ui::formRow(tr.text("activity.customer"));
        const model::Customer* customer = ctx.portfolio().findCustomer(a->customer_id);
        if (ImGui::BeginCombo("##customer", customer ? customer->name.c_str() : tr.text("activity.no_customer"))) {
            if (ImGui::Selectable(tr.text("activity.no_customer"), !customer)) {
                a->customer_id = model::kNoId;
                a->contact_id = model::kNoId;
            }
            for (const auto& c : ctx.portfolio().customers) {
                if (ImGui::Selectable(c.name.c_str(), c.id == a->customer_id) && c.id != a->customer_id) {
                    a->customer_id = c.id;
                    a->contact_id = model::kNoId;  // contacts belong to one customer
                }
            }
            ImGui::EndCombo();
        }
        ui::formRow(tr.text("activity.contact"));
        const model::Contact* contact = customer ? customer->findContact(a->contact_id) : nullptr;
        ImGui::BeginDisabled(!customer);
        if (ImGui::BeginCombo("##contact", contact ? contact->name.c_str() : tr.text("activity.no_contact"))) {
            if (ImGui::Selectable(tr.text("activity.no_contact"), !contact)) a->contact_id = model::kNoId;
            for (const auto& k : customer->contacts) {
                const std::string label = k.name + (k.role.empty() ? "" : " – " + k.role);
                if (ImGui::Selectable(label.c_str(), k.id == a->contact_id)) a->contact_id = k.id;
            }
            ImGui::EndCombo();
        }
        ImGui::EndDisabled();
        ui::formRow(tr.text("activity.step"));
        if (ImGui::BeginCombo("##step", stepName(tr, a->step_key).c_str())) {
            if (ImGui::Selectable(tr.text("activity.no_step"), a->step_key.empty())) a->step_key.clear();
            for (std::size_t i = 0; i < method::kConversationStepCount; ++i) {
                const std::string key(method::conversationStepKey(method::conversationStepAt(i)));
                const std::string label = std::to_string(i + 1) + " · " + stepName(tr, key);
                if (ImGui::Selectable(label.c_str(), a->step_key == key)) a->step_key = key;
            }
            for (std::size_t element = 0; element < method::kReducedElements.size(); ++element) {
                const std::string key = method::reducedStepKey(element);
                const std::string label = std::string("B/C · ") + stepName(tr, key);
                if (ImGui::Selectable(label.c_str(), a->step_key == key)) a->step_key = key;
            }
            ImGui::EndCombo();
        }
        ui::formRow(tr.text("activity.goal"));
        const model::GoalPlan* goal = ctx.portfolio().findGoalPlan(a->goal_plan_id);
        if (ImGui::BeginCombo("##goal", goal ? goal->title.c_str() : tr.text("activity.no_goal"))) {
            if (ImGui::Selectable(tr.text("activity.no_goal"), !goal)) a->goal_plan_id = model::kNoId;
            for (const auto& g : ctx.portfolio().goal_plans) {
                if (ImGui::Selectable(g.title.c_str(), g.id == a->goal_plan_id)) a->goal_plan_id = g.id;
            }
            ImGui::EndCombo();
        }
        ui::endForm();
    }
    ImGui::TextUnformatted(tr.text("activity.outcome"));
    ui::wrappedTextEditor("##outcome", a->outcome, 0.0f, 2);
    draft_.commitIfLeft(ctx);
    if (ImGui::Button(tr.label("activity.delete"))) {
        ctx.apply(history::editActivity(ctx.portfolio(), *ctx.portfolio().findActivity(a->id), std::nullopt));
        selected_ = model::kNoId;
        ImGui::EndDisabled();
        return;
    }
    ImGui::EndDisabled();
    draft_.commitWhenIdle(ctx);
}

void ActivitiesView::drawVerdict(UiContext& ctx, const model::Activity& activity) {
    // Judged as typed: the draft, not the stored activity.
    ui::coachVerdict(rules::reviewActivity(activity, &ctx.portfolio(), ctx.today), ctx.tr, ctx.today, "coach", true);
}

const std::vector<int>& ActivitiesView::activitiesOn(const UiContext& ctx, const std::string& day) {
    const auto& by_date = by_date_.get(ctx.derivedKey(), [&] {
        std::unordered_map<std::string, std::vector<int>> index;
        const auto& activities = ctx.portfolio().activities;
        for (std::size_t i = 0; i < activities.size(); ++i) index[activities[i].date].push_back(static_cast<int>(i));
        return index;
    });
    static const std::vector<int> kNone;
    const auto it = by_date.find(day);
    return it == by_date.end() ? kNone : it->second;
}

const std::vector<int>& ActivitiesView::meetingsOn(const UiContext& ctx, const std::string& day) {
    const auto& by_date = meetings_by_date_.get(ctx.derivedKey(), [&] {
        std::unordered_map<std::string, std::vector<int>> index;
        const auto& meetings = agenda(ctx).meetings;
        for (std::size_t i = 0; i < meetings.size(); ++i) index[meetings[i].date].push_back(static_cast<int>(i));
        return index;
    });
    static const std::vector<int> kNone;
    const auto it = by_date.find(day);
    return it == by_date.end() ? kNone : it->second;
}

void ActivitiesView::drawCalendar(UiContext& ctx, bool month) {
    const auto& tr = ctx.tr;
    const dates::PageKind page = month ? dates::PageKind::Month : dates::PageKind::Week;
    if (ImGui::ArrowButton("##previous", ImGuiDir_Left)) anchor_ = dates::turnPage(anchor_, page, -1);
    ui::reportItem("calendar.previous");
    ImGui::SameLine();
    if (ImGui::Button(tr.label("calendar.today"))) anchor_ = ctx.today;
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Right)) anchor_ = dates::turnPage(anchor_, page, 1);
    ui::reportItem("calendar.next");
    ImGui::SameLine();
    if (month) {
        ImGui::TextUnformatted(dates::formatMonth(anchor_, tr.language(), dates::MonthStyle::Long).c_str());
    } else {
        ImGui::Text("%s – %s", dates::formatIsoDate(dates::weekDays(anchor_).front(), ctx.language()).c_str(),
                    dates::formatIsoDate(dates::weekDays(anchor_).back(), ctx.language()).c_str());
    }
    const std::vector<std::string> days = month ? dates::monthGrid(anchor_) : dates::weekDays(anchor_);
    const int rows = static_cast<int>(days.size()) / 7;
    if (!ImGui::BeginTable("calendar", 7, ImGuiTableFlags_Borders | ImGuiTableFlags_SizingStretchSame)) return;
    for (const char* day : {"calendar.mon", "calendar.tue", "calendar.wed", "calendar.thu", "calendar.fri", "calendar.sat", "calendar.sun"})
        ImGui::TableSetupColumn(tr.text(day));
    ImGui::TableHeadersRow();
    const float cell_height = (ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeight()) / static_cast<float>(rows);
    const std::string today = ctx.today;
    const auto& activities = ctx.portfolio().activities;
    for (int r = 0; r < rows; ++r) {
        ImGui::TableNextRow(0, cell_height);
        for (int c = 0; c < 7; ++c) {
            ImGui::TableSetColumnIndex(c);
            const std::string& day = days[static_cast<std::size_t>(r * 7 + c)];
            const bool other_month = month && dates::monthOf(day) != dates::monthOf(anchor_);
            // Entries beyond a full cell are counted, not drawn: a busy day costs no more than a full cell.
            // A cell holds a few entries even when the calendar is short; the table then scrolls.
            const int entry_lines = month ? 2 : 6;
            int lines_left = std::max(static_cast<int>(cell_height / ImGui::GetTextLineHeightWithSpacing()) - 1, 2 * entry_lines);
            const auto parts = dates::dateParts(day);  // padding days outside the calendar are ""
            ImGui::TextColored(day == today ? ui::kAccent : (other_month ? ui::kMutedText : ImGui::GetStyleColorVec4(ImGuiCol_Text)),
                               "%s", parts ? std::to_string(parts->day).c_str() : "");
            // Meetings head their day: they are the week's most important entries.
            for (const int index : meetingsOn(ctx, day)) {
                const rules::Meeting& meeting = agenda(ctx).meetings[static_cast<std::size_t>(index)];
                drawMeeting(ctx, meeting, calendarLabel(ctx, meeting.time, meeting.customer_id, meetingSubject(ctx, meeting)),
                            entry_lines);
                lines_left -= entry_lines;
            }
            const std::vector<int>& on_day = activitiesOn(ctx, day);
            for (std::size_t k = 0; k < on_day.size(); ++k) {
                if (lines_left < entry_lines && k + 1 < on_day.size()) {
                    ImGui::TextColored(ui::kMutedText, tr.text("calendar.more"), static_cast<int>(on_day.size() - k));
                    break;
                }
                const model::Activity& a = activities[static_cast<std::size_t>(on_day[k])];
                ImGui::PushID(static_cast<int>(a.id));
                const bool quiet = a.status != model::ActivityStatus::Planned;
                ImGui::PushStyleColor(ImGuiCol_Text, quiet ? ui::kMutedText : ImGui::GetStyleColorVec4(ImGuiCol_Text));
                const std::string label = calendarLabel(ctx, a.time, a.customer_id, a.action);
                if (ui::wrappedSelectable(label, "entry", a.id == selected_, entry_lines)) selected_ = a.id;
                lines_left -= entry_lines;
                ImGui::PopStyleColor();
                ImGui::PopID();
            }
        }
    }
    ImGui::EndTable();
}

}  // namespace etappe::app
