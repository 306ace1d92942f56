#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace etappe::method {

// Priority class of a customer (METHOD §9): A gets the full 16-step process.
enum class CustomerClass { A, B, C };

inline constexpr std::array<CustomerClass, 3> kCustomerClasses = {CustomerClass::A, CustomerClass::B,
                                                                  CustomerClass::C};

// Stable key used in files ("A", "B", "C").
std::string_view customerClassKey(CustomerClass c);
std::optional<CustomerClass> customerClassFromKey(std::string_view key);

}  // namespace etappe::method
