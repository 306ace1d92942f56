#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "ui/zoom.h"

using namespace etappe::ui;

TEST_CASE("zoom goes up and down in fixed steps between 80 % and 250 %") {
    CHECK(zoomIn(1.0f) == doctest::Approx(1.1f));
    CHECK(zoomIn(1.1f) == doctest::Approx(1.25f));
    CHECK(zoomOut(1.0f) == doctest::Approx(0.9f));
    CHECK(zoomOut(0.9f) == doctest::Approx(0.8f));
    // The ends stay put.
    CHECK(zoomOut(kMinZoom) == doctest::Approx(0.8f));
    CHECK(zoomIn(kMaxZoom) == doctest::Approx(2.5f));
    // Up from 100 % to the projector's 200 % and back lands on 100 % again.
    float zoom = kDefaultZoom;
    int ups = 0;
    while (zoomPercent(zoom) < 200) {
        zoom = zoomIn(zoom);
        ++ups;
    }
    CHECK(zoomPercent(zoom) == 200);
    for (int i = 0; i < ups; ++i) zoom = zoomOut(zoom);
    CHECK(zoom == kDefaultZoom);
    // Between two steps (an edited settings file): the next step in that direction.
    CHECK(zoomIn(1.3f) == doctest::Approx(1.5f));
    CHECK(zoomOut(1.3f) == doctest::Approx(1.25f));
}

TEST_CASE("a saved zoom snaps to the nearest step; what is no number is 100 %") {
    CHECK(snapZoom(1.0f) == kDefaultZoom);
    CHECK(snapZoom(1.27f) == doctest::Approx(1.25f));
    CHECK(snapZoom(9.0f) == doctest::Approx(kMaxZoom));
    CHECK(snapZoom(0.1f) == doctest::Approx(kMinZoom));
    CHECK(snapZoom(-3.0f) == doctest::Approx(kMinZoom));
    CHECK(snapZoom(std::numeric_limits<float>::quiet_NaN()) == kDefaultZoom);
    CHECK(snapZoom(std::numeric_limits<float>::infinity()) == kDefaultZoom);
    CHECK(zoomPercent(1.25f) == 125);
    CHECK(zoomPercent(0.8f) == 80);
}
