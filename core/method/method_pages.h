#pragma once
// The method pages (issue 12, item 2): one page per idea of METHOD.md, in the
// order a trainer teaches them. Each page has a title and a body in the
// string table ("method_page.<key>.title", "method_page.<key>.body") and a
// drawing the Method screen makes for it.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace etappe::method {

enum class PageDrawing {
    BuyingProcess,   // the five activities on the customer's way to buying, on two tracks
    KnowledgeAreas,  // the seven areas around the customer
    LifePositions,   // the 2×2 of transactional analysis, and the hammer story
    StepPath,        // the 16 steps on the path, a step's three checkpoints
    Balance,         // the balance of interests, 2×2
    GoalQuestions,   // the strategic questions and what follows from them
    Activities,      // pseudo vs concrete, with a live coach box
    Pareto,          // ABC with the open file's Pareto chart
    Reduced,         // the five elements for B and C customers
};

struct MethodPage {
    std::string_view key;
    PageDrawing drawing;
};

inline constexpr std::array<MethodPage, 9> kMethodPages = {{
    {"buying", PageDrawing::BuyingProcess},
    {"knowledge", PageDrawing::KnowledgeAreas},
    {"attitude", PageDrawing::LifePositions},
    {"steps", PageDrawing::StepPath},
    {"balance", PageDrawing::Balance},
    {"goals", PageDrawing::GoalQuestions},
    {"activities", PageDrawing::Activities},
    {"abc", PageDrawing::Pareto},
    {"reduced", PageDrawing::Reduced},
}};

std::string pageTitleKey(const MethodPage& page);
std::string pageBodyKey(const MethodPage& page);
// The page shown after turning `delta` pages from `index`: stays within the first and the last.
std::size_t turnPage(std::size_t index, int delta);

}  // namespace etappe::method
