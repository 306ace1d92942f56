#pragma once
// The one place that tells the history which entity types exist and where each
// lives in the portfolio. Adding an entity type (a review, a lead) means: one
// EntityTraits specialisation here, its type in EntityChange (change.h), and —
// when it refers to other entities — its rule in integrity.cpp.
#include <cstddef>
#include <string>
#include <vector>

#include "model/portfolio.h"

namespace etappe::history {

// The portfolio's name, as an entity of its own so it is undone like any other.
struct PortfolioTitle {
    std::string text;
    bool operator==(const PortfolioTitle&) const = default;
};

// How one entity type lives in the portfolio.
// Collections define `list(portfolio, owner)` (the vector the entity lives in, for a
// const or a mutable portfolio;
// `owner` is the parent's id for nested entities such as a customer's plans,
// nullptr when the parent is missing) and `idOf(entity)`.
// Singletons (one per portfolio) define `read(portfolio)` and `write(portfolio, value)`.
// Every type defines `heapBytes(entity)`: what it holds outside itself (texts,
// lists), so a history step's size is its inline size plus this.
// Optional: `assign(stored, state)`, how a changed state replaces the stored one;
// `highestId(entity)` when the entity holds entities with ids of their own.
template <class Entity>
struct EntityTraits;

template <>
struct EntityTraits<model::Customer> {
    template <class P>
    static auto* list(P& p, model::Id) { return &p.customers; }
    static model::Id idOf(const model::Customer& c) { return c.id; }
    // A customer's plans are entities of their own: a change of the customer keeps
    // them (its mementos carry no plans), so renaming a customer never copies its plans.
    static void assign(model::Customer& stored, const model::Customer& state);
    static model::Id highestId(const model::Customer& c);  // its contacts and plans too
    static std::size_t heapBytes(const model::Customer& c);
};

template <>
struct EntityTraits<model::ConversationPlan> {
    template <class P>
    static auto* list(P& p, model::Id customer_id) {
        auto* customer = p.findCustomer(customer_id);
        return customer ? &customer->plans : nullptr;
    }
    static model::Id idOf(const model::ConversationPlan& plan) { return plan.id; }
    static std::size_t heapBytes(const model::ConversationPlan& plan);
};

template <>
struct EntityTraits<model::Activity> {
    template <class P>
    static auto* list(P& p, model::Id) { return &p.activities; }
    static model::Id idOf(const model::Activity& a) { return a.id; }
    static std::size_t heapBytes(const model::Activity& a);
};

template <>
struct EntityTraits<model::GoalPlan> {
    template <class P>
    static auto* list(P& p, model::Id) { return &p.goal_plans; }
    static model::Id idOf(const model::GoalPlan& g) { return g.id; }
    static model::Id highestId(const model::GoalPlan& g);  // its bookings too
    static std::size_t heapBytes(const model::GoalPlan& g);
};

template <>
struct EntityTraits<model::Review> {
    template <class P>
    static auto* list(P& p, model::Id) { return &p.reviews; }
    static model::Id idOf(const model::Review& r) { return r.id; }
    static std::size_t heapBytes(const model::Review& r);
};

template <>
struct EntityTraits<model::Exercise> {
    template <class P>
    static auto* list(P& p, model::Id) { return &p.exercises; }
    static model::Id idOf(const model::Exercise& e) { return e.id; }
    static std::size_t heapBytes(const model::Exercise& e);
};

template <>
struct EntityTraits<model::Observation> {
    template <class P>
    static auto* list(P& p, model::Id) { return &p.observations; }
    static model::Id idOf(const model::Observation& o) { return o.id; }
    static std::size_t heapBytes(const model::Observation& o);
};

template <>
struct EntityTraits<model::PrioritySettings> {
    static model::PrioritySettings read(const model::Portfolio& p) { return p.priorities; }
    static void write(model::Portfolio& p, const model::PrioritySettings& value) { p.priorities = value; }
    static std::size_t heapBytes(const model::PrioritySettings& s);
};

template <>
struct EntityTraits<PortfolioTitle> {
    static PortfolioTitle read(const model::Portfolio& p) { return PortfolioTitle{p.title}; }
    static void write(model::Portfolio& p, const PortfolioTitle& value) { p.title = value.text; }
    static std::size_t heapBytes(const PortfolioTitle& t) { return t.text.capacity(); }
};

// The entity without what the history keeps as entities of their own.
model::Customer withoutPlans(model::Customer customer);

}  // namespace etappe::history
