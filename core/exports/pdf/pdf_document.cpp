#include "exports/pdf/pdf_document.h"

#include <cairo-pdf.h>

#include <memory>

#include "exports/pdf/pdf_flow.h"
#include "exports/pdf/typesetter.h"

namespace etappe::exports::pdf {

namespace {

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

PdfDocument render(const std::string& title, const std::string& language, double margin,
                   const std::function<void(PageFlow&, const Typesetter&)>& lay_out) {
    PdfDocument out;
    PageGeometry page;
    page.margin = margin;
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create_for_stream(appendBytes, &out.bytes, page.width, page.height), cairo_surface_destroy);
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Etappe");
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
    {
        const Typesetter type(cr.get(), language);
        PageFlow flow(page);
        lay_out(flow, type);
        flow.draw(cr.get());
        out.pages = flow.pages();
    }
    cr.reset();
    cairo_surface_finish(surface.get());
    if (const cairo_status_t status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS) {
        out.error = cairo_status_to_string(status);
        out.bytes.clear();
        out.pages = 0;
    }
    return out;
}

}  // namespace etappe::exports::pdf
