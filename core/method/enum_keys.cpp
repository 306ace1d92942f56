#include "method/customer_class.h"
#include "method/sales_phase.h"

namespace etappe::method {

namespace {
constexpr std::array<std::string_view, 3> kClassKeys = {"A", "B", "C"};
constexpr std::array<std::string_view, 6> kPhaseKeys = {"identification", "qualification", "defence",
                                                        "offer",          "decision",      "realisation"};

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::string_view, N>& keys, std::string_view key) {
    for (std::size_t i = 0; i < N; ++i) {
        if (keys[i] == key) return static_cast<Enum>(i);
    }
    return std::nullopt;
}
}  // namespace

std::string_view customerClassKey(CustomerClass c) { return kClassKeys[static_cast<std::size_t>(c)]; }
std::optional<CustomerClass> customerClassFromKey(std::string_view key) {
    return fromKey<CustomerClass>(kClassKeys, key);
}

std::string_view salesPhaseKey(SalesPhase phase) { return kPhaseKeys[static_cast<std::size_t>(phase)]; }
std::optional<SalesPhase> salesPhaseFromKey(std::string_view key) { return fromKey<SalesPhase>(kPhaseKeys, key); }

}  // namespace etappe::method
