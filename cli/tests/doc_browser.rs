//! The HTML reference in a real browser: `iommugen doc` writes the reference of the SMMUv3 spec
//! and of the toy example, headless Chromium (driven over the DevTools protocol) renders the
//! pages, and the rendered DOM is checked against the IR: every field of every layout is drawn
//! and listed, every bit is as wide as every other in every diagram (so a diagram's width is its
//! bit count times one bit), each field's box is as wide as its bits, a row's boxes fill the row,
//! and the search box finds a register. Screenshots are kept in `target/doc-screens/`.
//!
//! Chromium is not part of a Rust toolchain, so this test is ignored by `cargo test`; `cargo
//! xtask test` installs Chromium (Debian's package) and runs it with `--ignored`, passing the
//! browser in `IOMMUGEN_CHROMIUM`. The same structure is checked without a browser by
//! `codegen/tests/doc.rs`.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use headless_chrome::protocol::cdp::Page;
use headless_chrome::{Browser, LaunchOptions, Tab};
use iommugen_dsl::ir::{Field, Spec};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| repo().join("target"), PathBuf::from)
}

fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("IOMMUGEN_CHROMIUM") {
        return PathBuf::from(p);
    }
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let found = std::env::var_os("PATH")
            .into_iter()
            .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
            .map(|d| d.join(name))
            .find(|p| p.is_file());
        if let Some(p) = found {
            return p;
        }
    }
    panic!("no Chromium: set IOMMUGEN_CHROMIUM or run `cargo xtask test`, which installs it");
}

/// What the page's script reports for one layout section.
#[derive(Debug)]
struct Rendered {
    drawn: Vec<String>,
    listed: Vec<String>,
}

/// Measures every diagram of the page in the browser and checks the geometry there; returns the
/// fields drawn and listed per section id, and the width of one bit.
const MEASURE_JS: &str = r#"(() => {
  const out = { sections: {}, bitWidths: [], problems: [] };
  for (const svg of document.querySelectorAll("svg.bitfield")) {
    const bits = +svg.dataset.bits, rowBits = +svg.dataset.rowBits;
    const sw = svg.getBoundingClientRect().width;
    for (const row of svg.querySelectorAll("rect.row")) {
      const lo = +row.dataset.lsb, hi = +row.dataset.msb, n = hi - lo + 1;
      const rw = row.getBoundingClientRect().width;
      const per = rw / n;
      out.bitWidths.push(per);
      let sum = 0;
      for (const g of svg.querySelectorAll("g[data-lsb]")) {
        const l = +g.dataset.lsb, m = +g.dataset.msb;
        if (l < lo || m > hi) continue;
        const bw = g.querySelector("rect.box").getBoundingClientRect().width;
        sum += bw;
        if (Math.abs(bw - (m - l + 1) * per) > 0.5)
          out.problems.push(`${svg.getAttribute("aria-label")} [${m}:${l}] is ${bw}px, not ${(m - l + 1) * per}`);
      }
      if (Math.abs(sum - rw) > 0.5)
        out.problems.push(`${svg.getAttribute("aria-label")} row [${hi}:${lo}]: boxes cover ${sum}px of ${rw}px`);
    }
    if (bits > rowBits && svg.querySelectorAll("rect.row").length !== Math.ceil(bits / 64))
      out.problems.push(`${svg.getAttribute("aria-label")}: not one row per 64-bit word`);
    if (sw < rowBits * out.bitWidths[out.bitWidths.length - 1])
      out.problems.push(`${svg.getAttribute("aria-label")}: narrower than its bits`);
  }
  for (const s of document.querySelectorAll("section.layout")) {
    out.sections[s.id] = {
      drawn: [...s.querySelectorAll("svg.bitfield g.field")].map(g => g.dataset.name),
      listed: [...s.querySelectorAll("table.fields tr[data-field]")].map(t => t.dataset.field),
    };
  }
  return JSON.stringify(out);
})()"#;

fn measure(tab: &Tab) -> (BTreeMap<String, Rendered>, Vec<f64>) {
    let v = tab.evaluate(MEASURE_JS, false).expect("evaluate");
    let text = v
        .value
        .and_then(|v| v.as_str().map(str::to_string))
        .expect("a JSON string");
    let j: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let problems: Vec<String> = serde_json::from_value(j["problems"].clone()).unwrap();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let names = |v: &serde_json::Value| -> Vec<String> {
        let mut n: Vec<String> = serde_json::from_value(v.clone()).unwrap();
        n.sort();
        n
    };
    let sections = j["sections"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(id, s)| {
            (
                id.clone(),
                Rendered {
                    drawn: names(&s["drawn"]),
                    listed: names(&s["listed"]),
                },
            )
        })
        .collect();
    (
        sections,
        serde_json::from_value(j["bitWidths"].clone()).unwrap(),
    )
}

fn open(tab: &Tab, dir: &Path, page: &str) {
    let url = format!("file://{}", dir.join(page).display());
    tab.navigate_to(&url)
        .and_then(|t| t.wait_until_navigated())
        .unwrap_or_else(|e| panic!("{url}: {e}"));
}

/// Saves a PNG of the element `selector` (scrolled to the middle of the window), or with
/// `top_of_page`, of the top of the page down to `selector`'s bottom plus the search results.
fn shot(tab: &Tab, selector: &str, file: &Path) {
    let js = format!(
        "(() => {{ const e = document.querySelector({selector:?}); e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect(); return JSON.stringify([r.x + window.scrollX, r.y + window.scrollY, r.width, r.height]); }})()"
    );
    let v = tab.evaluate(&js, false).expect("evaluate");
    let r: [f64; 4] = serde_json::from_str(v.value.unwrap().as_str().unwrap()).unwrap();
    save(
        tab,
        [r[0] - 8.0, r[1] - 8.0, r[2] + 16.0, r[3] + 16.0],
        file,
    );
}

fn save(tab: &Tab, r: [f64; 4], file: &Path) {
    let clip = Page::Viewport {
        x: r[0].max(0.0),
        y: r[1].max(0.0),
        width: r[2].max(1.0),
        height: r[3].max(1.0),
        scale: 1.0,
    };
    let png = tab
        .capture_screenshot(
            Page::CaptureScreenshotFormatOption::Png,
            None,
            Some(clip),
            true,
        )
        .expect("screenshot");
    std::fs::write(file, png).expect("write the screenshot");
}

fn expect(sections: &BTreeMap<String, Rendered>, id: &str, fields: &[Field], extra: &[&str]) {
    let s = sections
        .get(id)
        .unwrap_or_else(|| panic!("{id} is not on the page"));
    let mut want: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    want.extend(extra.iter().map(|s| s.to_string()));
    want.sort();
    assert_eq!(s.drawn, want, "{id}: fields drawn");
    assert_eq!(s.listed, want, "{id}: fields listed");
}

fn check(tab: &Tab, spec: &Spec, dir: &Path, screens: &Path) -> usize {
    let mut widths = Vec::new();
    let mut checked = 0;
    open(tab, dir, "registers.html");
    let (s, w) = measure(tab);
    widths.extend(w);
    for r in &spec.registers {
        expect(&s, &format!("reg-{}", r.name), &r.fields, &[]);
        checked += 1;
    }
    let name = &spec.name;
    // The search box finds a register by a prefix of its name.
    if let Some(r) = spec.registers.first() {
        let js = format!(
            "(() => {{ const b = document.getElementById('search'); b.value = {:?}; b.dispatchEvent(new Event('input')); return [...document.querySelectorAll('#results a')].map(a => a.getAttribute('href')).join(' '); }})()",
            r.name
        );
        let v = tab.evaluate(&js, false).expect("evaluate");
        let hits = v
            .value
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        assert!(
            hits.split(' ')
                .any(|h| h == format!("registers.html#reg-{}", r.name)),
            "search for {} found: {hits}",
            r.name
        );
        save(
            tab,
            [0.0, 0.0, 1300.0, 480.0],
            &screens.join(format!("{name}-search.png")),
        );
    }
    if let Some(r) = spec
        .registers
        .iter()
        .max_by_key(|r| (r.width, r.fields.len()))
    {
        shot(
            tab,
            &format!("#reg-{}", r.name),
            &screens.join(format!("{name}-register-{}.png", r.name)),
        );
    }
    open(tab, dir, "entries.html");
    let (s, w) = measure(tab);
    widths.extend(w);
    for e in &spec.entries {
        expect(&s, &format!("entry-{}", e.name), &e.fields, &[]);
        checked += 1;
    }
    if let Some(e) = spec.entries.iter().max_by_key(|e| e.size) {
        shot(
            tab,
            &format!("#entry-{} svg.bitfield", e.name),
            &screens.join(format!("{name}-entry-{}.png", e.name)),
        );
    }
    for q in &spec.queues {
        open(tab, dir, &format!("queue-{}.html", q.name));
        let (s, w) = measure(tab);
        widths.extend(w);
        // The queue's identifying fields are drawn with the record's own.
        let codes: Vec<&str> = [(q.opcode.is_some(), "Opcode"), (q.func.is_some(), "Func")]
            .into_iter()
            .filter_map(|(has, name)| has.then_some(name))
            .collect();
        let opcode: &[&str] = &codes;
        for r in &q.records {
            expect(&s, &format!("rec-{}-{}", q.name, r.name), &r.fields, opcode);
            checked += 1;
        }
        if let Some(r) = q.records.first() {
            shot(
                tab,
                &format!("#rec-{}-{}", q.name, r.name),
                &screens.join(format!("{name}-{}-{}.png", q.name, r.name)),
            );
        }
    }
    open(tab, dir, "pagetables.html");
    let (s, w) = measure(tab);
    widths.extend(w);
    for pt in &spec.page_tables {
        for d in &pt.descriptors {
            expect(
                &s,
                &format!("desc-{}-{}", pt.name, d.name),
                &d.layout.fields,
                &[],
            );
            checked += 1;
        }
    }
    if !spec.page_tables.is_empty() {
        shot(
            tab,
            "section.granule",
            &screens.join(format!("{name}-granule.png")),
        );
    }
    if spec.semantics.is_some() {
        open(tab, dir, "semantics.html");
        shot(
            tab,
            "section.realise",
            &screens.join(format!("{name}-realise.png")),
        );
    }
    // One bit is equally wide in every diagram of every page.
    let first = widths[0];
    assert!(
        widths.iter().all(|w| (w - first).abs() < 0.01),
        "bit widths differ: {first} vs {:?}",
        widths.iter().find(|w| (*w - first).abs() >= 0.01)
    );
    checked
}

#[test]
#[ignore = "needs Chromium: `cargo xtask test` installs it and runs this test"]
fn the_reference_renders_in_chromium() {
    let target = target_dir();
    let screens = target.join("doc-screens");
    std::fs::create_dir_all(&screens).expect("create target/doc-screens");
    let profile = target.join(format!("doc-browser-profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--disable-component-update",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let browser = Browser::new(LaunchOptions {
        path: Some(chromium()),
        headless: true,
        sandbox: false,
        window_size: Some((1300, 2000)),
        user_data_dir: Some(profile.clone()),
        args,
        idle_browser_timeout: Duration::from_secs(300),
        ..LaunchOptions::default()
    })
    .expect("start Chromium");
    let tab = browser.new_tab().expect("a tab");
    tab.set_default_timeout(Duration::from_secs(60));
    for file in [
        "specs/smmuv3.iommu",
        "specs/riscv_iommu.iommu",
        "examples/toy.iommu",
    ] {
        let spec = iommugen_dsl::load_file(&repo().join(file)).unwrap_or_else(|d| panic!("{d}"));
        let dir = target.join("doc-browser").join(&spec.name);
        let out = Command::new(env!("CARGO_BIN_EXE_iommugen"))
            .args(["doc", file, "--out"])
            .arg(&dir)
            .current_dir(repo())
            .output()
            .expect("run iommugen doc");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let n = check(&tab, &spec, &dir, &screens);
        println!(
            "{}: {n} layouts rendered and checked; screenshots in {}",
            spec.name,
            screens.display()
        );
    }
    drop(tab);
    drop(browser);
    let _ = std::fs::remove_dir_all(&profile);
}
