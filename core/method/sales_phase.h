#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace etappe::method {

// The six phases of a B2B sale (METHOD §11).
enum class SalesPhase { Identification, Qualification, Defence, Offer, Decision, Realisation };

inline constexpr std::array<SalesPhase, 6> kSalesPhases = {
    SalesPhase::Identification, SalesPhase::Qualification, SalesPhase::Defence,
    SalesPhase::Offer,          SalesPhase::Decision,      SalesPhase::Realisation};

// Stable key used in files and as i18n key suffix ("identification", ...).
std::string_view salesPhaseKey(SalesPhase phase);
std::optional<SalesPhase> salesPhaseFromKey(std::string_view key);

}  // namespace etappe::method
