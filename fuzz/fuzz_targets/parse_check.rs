//! Feeds arbitrary UTF-8 text through the parser and checker: any input must produce a spec or
//! diagnostics, never a panic, and rendering the diagnostics must not panic either.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(diags) = iommugen_dsl::check_source("fuzz.iommu", text) {
        let _ = diags.render_plain();
    }
});
